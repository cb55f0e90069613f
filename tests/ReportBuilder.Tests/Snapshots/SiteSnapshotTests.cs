using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Snapshots;

/// <summary>
/// The whole out/ of data/ (pages, feed, sitemap, data.json, briefings as Markdown and as PDF text dumps) is
/// locked under Snapshots/site/, so a change to a figure shows, in the pull
/// request, every page that changes with it. Accept an intended change: ACCEPT_SNAPSHOTS=1 dotnet test --filter Snapshot
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SiteSnapshotTests(SiteFixture site)
{
    [Fact]
    public void Snapshot_of_the_site_matches_the_verified_tree() => SnapshotFolder.Verify("site", site.Build.Files);
}
