using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.FileSystem;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportBuilder.Core.Templates;

/// <summary>
/// Serves includes from templates/ only: a name is a relative path inside it ("partials/claim.sbn"). Absolute
/// paths, backslashes, "." and ".." segments are refused (RB2002), and so are names of no template (RB2003).
/// </summary>
internal sealed class TemplateFolderLoader(TemplateSet templates) : ITemplateLoader
{
    public string GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName)
    {
        if (!RelativePath.StaysInside(templateName))
            throw new TemplateIncludeException(callerSpan, Codes.TemplateRuntime, $"include '{templateName}' is not a path inside templates/");
        var path = TemplateSet.Folder + templateName;
        if (templates.Assets.ContainsKey(path))
            throw new TemplateIncludeException(callerSpan, Codes.TemplateRuntime, $"include '{templateName}': {path} is an asset, copied to out/ as it is, not a template");
        if (!templates.Contains(path))
            throw new TemplateIncludeException(callerSpan, Codes.TemplateMissing, $"include '{templateName}': there is no {path}");
        return path;
    }

    // Never reached for a known path: TemplateSet.Prime put every parsed template in the context's cache.
    public string? Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        throw new TemplateIncludeException(callerSpan, Codes.TemplateMissing, $"include: {templatePath} was not parsed");

    public ValueTask<string?> LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult(Load(context, callerSpan, templatePath));
}

/// <summary>An include the sandbox refused, with the code to report it under.</summary>
internal sealed class TemplateIncludeException(Scriban.Parsing.SourceSpan span, string code, string message) : ScriptRuntimeException(span, message)
{
    public string Code { get; } = code;
}
