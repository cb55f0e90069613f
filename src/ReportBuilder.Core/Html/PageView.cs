using ReportBuilder.Core.Views;

namespace ReportBuilder.Core.Html;

/// <summary>
/// What a template knows of the page it renders: its title, its path in out/, the way back to the site root
/// ("../../") and its breadcrumbs (site-relative links, the last one the page itself).
/// </summary>
public sealed record PageView(string Title, string Path, string Root, string Section, string Description, IReadOnlyList<LinkView> Breadcrumbs);
