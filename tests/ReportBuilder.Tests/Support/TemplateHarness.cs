using System.Text;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Html;
using ReportBuilder.Core.Templates;
using Scriban.Runtime;

namespace ReportBuilder.Tests.Support;

/// <summary>Renders small templates given inline, the way the site renders its pages: same sandbox, same escaping.</summary>
internal static class TemplateHarness
{
    public static TemplateSet Set(params (string Path, string Text)[] files) =>
        TemplateSet.Parse(files.ToDictionary(f => f.Path, f => Encoding.UTF8.GetBytes(f.Text), StringComparer.Ordinal));

    /// <summary>Renders <c>templates/t.sbn</c> (plus any other files) with the given variables, HTML-escaped.</summary>
    public static (string? Output, IReadOnlyList<Diagnostic> Diagnostics) Render(
        string template, IReadOnlyDictionary<string, object?>? variables = null, TemplateOptions? options = null,
        params (string Path, string Text)[] others)
    {
        var set = Set([("templates/t.sbn", template), .. others]);
        if (set.Diagnostics.Count > 0)
            return (null, set.Diagnostics);
        return Render(Renderer(set, options), "templates/t.sbn", variables);
    }

    /// <summary>A renderer as one thread of the site has it: HTML escaping, the shared functions, one context for all its renders.</summary>
    public static TemplateRenderer Renderer(TemplateSet set, TemplateOptions? options = null) =>
        new(set, Escaping.Html, TemplateFunctions.Create("https://example.org/", new ReportBuilder.Core.Views.Format(ShippedStrings.English)), options ?? TemplateOptions.Default);

    /// <summary>Renders one template of the renderer's set with the given variables.</summary>
    public static (string? Output, IReadOnlyList<Diagnostic> Diagnostics) Render(
        TemplateRenderer renderer, string path, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var bag = new DiagnosticBag();
        var globals = new ScriptObject();
        foreach (var (name, value) in variables ?? new Dictionary<string, object?>())
            globals[name] = value;
        var output = renderer.Render(path, globals, bag);
        return (output, bag.ToSortedList());
    }
}
