using ReportBuilder.Layout;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Layout.Support;

/// <summary>The shipped fonts, loaded once for all tests (a FontSet is safe to share between renders).</summary>
internal static class TestFonts
{
    private static readonly Lazy<FontSet> Shared = new(() => FontSet.FromStreams(name => File.OpenRead(Path.Combine(Repo.Fonts, name))));

    public static FontSet Set => Shared.Value;
}
