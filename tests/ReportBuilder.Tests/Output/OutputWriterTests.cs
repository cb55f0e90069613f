using ReportBuilder.Core.Output;

namespace ReportBuilder.Tests.Output;

public sealed class OutputWriterTests : OutputFolderTests
{
    [Fact]
    public void Writes_a_new_tree_and_then_only_what_changed_removing_what_is_gone()
    {
        var first = OutputWriter.Write(Out, [F("index.html", "a"), F("x/index.html", "b"), F("gone.html", "c")]);
        Assert.Equal(3, first.Written);
        var second = OutputWriter.Write(Out, [F("index.html", "a"), F("x/index.html", "B")]);
        Assert.Equal((1, 1, 1), (second.Written, second.Unchanged, second.Removed));
        Assert.Equal("B", File.ReadAllText(Path.Combine(Out, "x/index.html")));
        Assert.False(File.Exists(Path.Combine(Out, "gone.html")));
    }

    [Fact]
    public void Removes_stale_files_when_no_file_changed()
    {
        OutputWriter.Write(Out, [F("index.html", "a"), F("gone.html", "c")]);
        var second = OutputWriter.Write(Out, [F("index.html", "a")]);
        Assert.Equal((0, 1, 1), (second.Written, second.Unchanged, second.Removed));
        Assert.False(File.Exists(Path.Combine(Out, "gone.html")));
        Assert.Equal(["out"], BesideOut);
    }

    [Fact]
    public void Keeps_another_stage_s_files_when_asked()
    {
        OutputWriter.Write(Out, [F("index.html", "a"), F("briefings/2024-W52.pdf", "pdf")]);
        OutputWriter.Write(Out, [F("index.html", "b")], keep: p => p.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(Out, "briefings/2024-W52.pdf")));
    }

    [Theory]
    [InlineData("../escape.html")]
    [InlineData("/etc/passwd")]
    [InlineData("a//b.html")]
    [InlineData("a\\b.html")]
    [InlineData(".reportbuilder-manifest")]
    public void Refuses_paths_that_leave_out(string path) =>
        Assert.Throws<ArgumentException>(() => OutputWriter.Write(Out, [F(path, "x")]));
}
