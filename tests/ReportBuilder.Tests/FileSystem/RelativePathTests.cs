using ReportBuilder.Core.FileSystem;

namespace ReportBuilder.Tests.FileSystem;

/// <summary>The one path-safety rule that out/ files, the manifest's entries and template includes all use.</summary>
public sealed class RelativePathTests
{
    [Theory]
    [InlineData("index.html")]
    [InlineData("weeks/2024-W52/index.html")]
    [InlineData("partials/claim.sbn")]
    [InlineData(".nojekyll")]
    [InlineData("a..b/c")]
    public void A_relative_slash_path_stays_inside(string path) => Assert.True(RelativePath.StaysInside(path));

    [Theory]
    [InlineData("")]
    [InlineData("/etc/passwd")]
    [InlineData("../secret")]
    [InlineData("weeks/../../secret")]
    [InlineData("./index.html")]
    [InlineData("weeks//index.html")]
    [InlineData("weeks/")]
    [InlineData("weeks\\index.html")]
    [InlineData("C:index.html")]
    public void A_path_that_could_leave_the_folder_is_refused(string path) => Assert.False(RelativePath.StaysInside(path));
}
