using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Briefing;

/// <summary>RB3002 is found by `check`, and by `build` before typesetting, at the value that holds the character.</summary>
public sealed class GlyphCoverageTests : IDisposable
{
    private const string Expected =
        "data/sheets/casualties.yaml:5:16: error RB3002: the briefing fonts have no glyph for '김' (U+AE40), '은' (U+C740), '정' (U+C815)\n";

    private readonly TempProject _project = TempProject.OfRepository("rb-glyphs-");

    public GlyphCoverageTests()
    {
        var sheet = _project.Path("data/sheets/casualties.yaml");
        var lines = File.ReadAllLines(sheet);
        lines[4] = lines[4].Replace("statement: ", "statement: 김정은 ", StringComparison.Ordinal);
        File.WriteAllLines(sheet, lines);
    }

    public void Dispose() => _project.Dispose();

    [Fact]
    public void Check_reports_the_character_at_the_value_that_holds_it()
    {
        var (exit, stdout, _) = CliRunner.Run("check", "--project", _project.Root);

        Assert.Equal(1, exit);
        Assert.StartsWith(Expected, stdout, StringComparison.Ordinal);
        Assert.EndsWith("check: 1 error in 1 file\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_reports_it_there_too_and_writes_nothing()
    {
        var (exit, _, stderr) = CliRunner.Run("build", "--project", _project.Root);

        Assert.Equal(1, exit);
        Assert.Contains(Expected, stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_project.Path("out")));
    }
}
