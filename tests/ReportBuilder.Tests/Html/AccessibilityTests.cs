using System.Text.Json;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Html;

/// <summary>
/// Every page in headless Chromium (playwright-core with the system's Chromium, served at base_url's path as
/// GitHub Pages would): axe-core finds no violation of the WCAG A, AA and AAA rules in light or dark mode; no page
/// scrolls sideways at 390 px; a missing address two folders deep gets the styled 404 page whose links all work.
/// Chromium, Node and the npm packages come from tools/setup.sh; without them this test fails, it never skips.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class AccessibilityTests(SiteFixture site)
{
    private static readonly string Tools = Repo.Path(".tools");

    [Fact]
    public void Every_page_passes_axe_with_the_AAA_rules_in_light_and_dark_and_fits_390_px()
    {
        foreach (var package in new[] { "playwright-core", "axe-core" })
            Assert.True(Directory.Exists(Path.Combine(Tools, "node_modules", package)), $"{package} is missing from .tools/: run tools/setup.sh");
        var (exit, output) = ExternalTool.Run("node", Repo.Path("tests/ReportBuilder.Tests/Html/Axe/check-pages.cjs"),
            site.OutDir + Path.DirectorySeparatorChar, site.SitePath, Tools, Chromium());
        Assert.True(exit == 0, output);
        using var result = JsonDocument.Parse(output);
        var root = result.RootElement;

        Assert.Equal(site.Files(".html").Count, root.GetProperty("pages").GetInt32());
        var violations = root.GetProperty("violations").EnumerateArray().Select(v => v.ToString()).ToList();
        Assert.True(violations.Count == 0, $"{violations.Count} axe violations:\n" + string.Join("\n", violations.Take(10)));
        Assert.Empty(root.GetProperty("sideways").EnumerateArray().Select(v => v.GetString()));
        var notFound = root.GetProperty("notFound");
        Assert.Equal(404, notFound.GetProperty("status").GetInt32());
        Assert.True(notFound.GetProperty("styled").GetBoolean(), "the 404 page at a nested address lost its stylesheet");
        Assert.Empty(notFound.GetProperty("brokenLinks").EnumerateArray().Select(v => v.GetString()));
        Assert.True(notFound.GetProperty("links").GetArrayLength() > 5);
    }

    /// <summary>Debian's Chromium by either of its names, else Google Chrome (as on GitHub's Ubuntu runners).</summary>
    private static string Chromium() =>
        new[] { "chromium", "chromium-browser", "google-chrome" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("Chromium is required by this test and was not found on PATH. Run tools/setup.sh (CI runs it from .ci/run)");
}
