namespace ReportBuilder.Core.Views;

/// <summary>
/// What a template knows of the page it renders: its title, its path in out/, the way back to the site root
/// ("../../") and its breadcrumbs (site-relative links, the last one the page itself). For its metadata: its one
/// public address (<c>Canonical</c>, on base_url; empty for the 404 page, which has none), the date of the newest
/// data it shows (<c>Updated</c>), its Open Graph type, and its JSON-LD (empty when it has none).
/// </summary>
internal sealed record PageView(string Title, string Path, string Root, string Section, string Description, IReadOnlyList<LinkView> Breadcrumbs)
{
    public string Canonical { get; init; } = "";
    public string Updated { get; init; } = "";
    public string OpenGraphType { get; init; } = "website";
    public string StructuredData { get; init; } = "";
}
