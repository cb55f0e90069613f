using ReportBuilder.Core.Diagnostics;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportBuilder.Core.Templates;

/// <summary>
/// Renders one template of a <see cref="TemplateSet"/> in the sandbox, with the shared functions and a page's
/// variables. A failure becomes a diagnostic at the template's <c>path:line:col</c>, never a stack trace.
/// </summary>
internal sealed class TemplateRenderer(TemplateSet templates, Func<string, string> escape, ScriptObject functions, TemplateOptions options)
{
    public string? Render(string path, ScriptObject variables, DiagnosticBag diagnostics)
    {
        var template = templates.Get(path);
        if (template is null)
        {
            diagnostics.Add(Codes.TemplateMissing, SourceSpan.File(path), $"the build needs {path}, which does not exist", TemplateHints.Missing);
            return null;
        }
        var context = TemplateSandbox.Create(templates, escape, options);
        context.PushGlobal(functions);
        context.PushGlobal(variables);
        try
        {
            return template.Render(context);
        }
        catch (TemplateIncludeException e)
        {
            diagnostics.Add(e.Code, TemplateSet.Position(e.Span), e.OriginalMessage, TemplateHints.Include);
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Add(Codes.TemplateRuntime, TemplateSet.Position(e.Span), Message(e), TemplateHints.Runtime);
        }
        return null;
    }

    // Scriban's wording for a missing variable names the variable; the rest is fine as it is. An error raised
    // inside a function call wraps the real one.
    private static string Message(ScriptRuntimeException e) =>
        e.InnerException is { } inner and not ScriptRuntimeException ? $"{e.OriginalMessage}: {inner.Message}" : e.OriginalMessage;
}
