namespace ReportBuilder.Core.Templates;

/// <summary>What to do about each template diagnostic (the codes themselves live in <see cref="Diagnostics.Codes"/>).</summary>
internal static class TemplateHints
{
    public const string Syntax = "Scriban syntax: {{ value }}, {{ if … }}…{{ end }}, {{ for x in list }}…{{ end }}.";
    public const string Runtime = "Templates see only `site`, `page`, the page's own view and the format_* functions; an undefined name is an error. " +
        "Templates made for another version of ReportBuilder may name members this one does not have: compare them with the templates `reportbuilder init` writes.";
    public const string Include = "Include with a path relative to templates/, such as {{ include 'partials/claim.sbn' }}.";
    public const string Missing = "Restore the file from the repository, or copy it from another project's templates/.";
    public const string Chart = "A ```chart block names a measure id from data/measures.yaml.";
}
