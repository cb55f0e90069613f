using ReportBuilder.Core.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportBuilder.Core.Templates;

/// <summary>
/// Renders one template of a <see cref="TemplateSet"/> in the sandbox, with the shared functions and a page's
/// variables. A failure becomes a diagnostic at the template's <c>path:line:col</c>, never a stack trace.
/// </summary>
/// <remarks>
/// One renderer belongs to one thread and keeps one sandboxed context for all its renders, so the built-in
/// functions, the primed includes and Scriban's member accessors (found by reflection through the member filter)
/// are made once, not once a page. Nothing of one render reaches the next: a render's variables, and every global
/// its template assigns, live in the one object pushed for it and popped after it; the built-in objects are
/// frozen (<see cref="TemplateSandbox"/>); a render that fails may leave Scriban's stacks half-way, so its context
/// is dropped and the next render starts from a new one.
/// </remarks>
internal sealed class TemplateRenderer(TemplateSet templates, Func<string, string> escape, ScriptObject functions, TemplateOptions options)
{
    private TemplateContext? _context;

    public string? Render(string path, ScriptObject variables, DiagnosticBag diagnostics)
    {
        var template = templates.Get(path);
        if (template is null)
        {
            diagnostics.Add(Codes.TemplateMissing, SourceSpan.File(path), $"the build needs {path}, which does not exist", TemplateHints.Missing);
            return null;
        }
        var context = _context ?? NewContext();
        _context = null;
        context.PushGlobal(variables);
        try
        {
            var text = template.Render(context);
            context.PopGlobal();
            _context = context;
            return text;
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

    private TemplateContext NewContext()
    {
        var context = TemplateSandbox.Create(templates, escape, options);
        context.PushGlobal(functions);
        return context;
    }

    // Scriban's wording for a missing variable names the variable; the rest is fine as it is. An error raised
    // inside a function call wraps the real one.
    private static string Message(ScriptRuntimeException e) =>
        e.InnerException is { } inner and not ScriptRuntimeException ? $"{e.OriginalMessage}: {inner.Message}" : e.OriginalMessage;
}
