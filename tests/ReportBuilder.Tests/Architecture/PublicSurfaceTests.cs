using ReportBuilder.Core;

namespace ReportBuilder.Tests.Architecture;

/// <summary>Core shows the world only what the command line, an embedding and the tests' contract need.</summary>
public sealed class PublicSurfaceTests
{
    [Fact]
    public void Core_exports_at_most_thirty_types()
    {
        var exported = typeof(Pipeline).Assembly.GetExportedTypes().Select(t => t.FullName!).Order(StringComparer.Ordinal).ToList();

        Assert.True(exported.Count <= 30, $"{exported.Count} public types in Core:\n" + string.Join("\n", exported));
        Assert.Contains("ReportBuilder.Core.Pipeline", exported);
        Assert.DoesNotContain("ReportBuilder.Core.Model.ReportModel", exported);
    }
}
