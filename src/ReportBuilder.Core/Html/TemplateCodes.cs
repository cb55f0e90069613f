namespace ReportBuilder.Core.Html;

/// <summary>The diagnostics codes of templates (RB2xxx), with the hint each one prints.</summary>
public static class TemplateCodes
{
    /// <summary>The template does not parse.</summary>
    public const string Syntax = "RB2001";

    /// <summary>Rendering failed: an undefined variable or member, a wrong argument, a limit reached.</summary>
    public const string Runtime = "RB2002";

    /// <summary>An include names a file outside templates/ or one that does not exist.</summary>
    public const string Include = "RB2003";

    /// <summary>A template the build needs is not in templates/.</summary>
    public const string Missing = "RB2004";

    public const string SyntaxHint = "Scriban syntax: {{ value }}, {{ if … }}…{{ end }}, {{ for x in list }}…{{ end }}.";
    public const string RuntimeHint = "Templates see only `site`, `page`, the page's own view and the format_* functions; an undefined name is an error.";
    public const string IncludeHint = "Include with a path relative to templates/, such as {{ include 'partials/claim.sbn' }}.";
    public const string MissingHint = "Restore the file from the repository, or copy it from another project's templates/.";
}
