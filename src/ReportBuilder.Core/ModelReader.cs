using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Validation;

namespace ReportBuilder.Core;

/// <summary>What reading a project gives: a model, or the diagnostics that stopped it (all of them).</summary>
public sealed record ReadResult(ReportModel? Model, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool IsValid => Model is not null;
}

/// <summary>Load and Validate in one call: project files in, a resolved model or every diagnostic out.</summary>
public static class ModelReader
{
    public static ReadResult Read(ProjectFiles files)
    {
        var bag = new DiagnosticBag();
        var model = new Validator(files, bag).Run();
        if (bag.HasErrors)
            return new ReadResult(null, bag.ToSortedList());
        return model is null
            ? throw new InvalidOperationException("validation gave neither a model nor a diagnostic")
            : new ReadResult(model, []);
    }
}
