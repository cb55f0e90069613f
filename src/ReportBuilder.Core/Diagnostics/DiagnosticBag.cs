namespace ReportBuilder.Core.Diagnostics;

/// <summary>
/// Collects every diagnostic of a stage, so that one run reports all problems, not the first.
/// Nothing renders while the bag has errors.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public bool HasErrors => _items.Count > 0;

    public int Count => _items.Count;

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void Add(string code, SourceSpan span, string message, string? hint = null) =>
        _items.Add(new Diagnostic(code, span, message, hint));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>Diagnostics in a stable order: by file, line, column, then code.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        [.. _items
            .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Line)
            .ThenBy(d => d.Span.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .Distinct()];
}
