using System.Text;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Authoring;

/// <summary>`new source`: the document byte for byte, every line listed as not yet curated, and check counting them down.</summary>
public sealed class NewSourceCommandTests : IDisposable
{
    // A BOM, CRLF line ends, a blank line and a Cyrillic word: all must survive the copy unchanged.
    private static readonly byte[] Document = [.. "\uFEFF"u8, .. "Kim Jong Un visited Moscow.\r\n\r\n\"We will send more,\" he said in Пхеньян.\r\nEnd of report\r\n"u8];

    private readonly string _project = Directory.CreateTempSubdirectory("rb-new-").FullName;
    private readonly string _document;

    public NewSourceCommandTests()
    {
        CliRunner.CopyTree(Repo.Path("tests/fixtures/base/data"), Path.Combine(_project, "data"));
        _document = Path.Combine(_project, "incoming.txt");
        File.WriteAllBytes(_document, Document);
    }

    public void Dispose() => Directory.Delete(_project, recursive: true);

    private (int Exit, string Out, string Err) NewSource(params string[] args) =>
        CliRunner.Run(["new", "source", _document, "--project", _project, .. args]);

    private string Sources(string name) => Path.Combine(_project, "data", "sources", name);

    [Fact]
    public void Copies_the_document_byte_for_byte_and_lists_every_non_blank_line_as_not_yet_curated()
    {
        var (exit, stdout, _) = NewSource("--id", "kim-visit", "--published", "2024-11-02", "--outlet", "The \"Daily\"", "--url", "https://example.org/a");
        Assert.Equal(0, exit);
        Assert.Equal("new source: wrote data/sources/kim-visit.txt and data/sources/kim-visit.yaml; 3 lines not yet curated\n", stdout);
        Assert.Equal(Document, File.ReadAllBytes(Sources("kim-visit.txt")));
        Assert.Equal("""
            title: "Kim Jong Un visited Moscow."
            outlet: "The \"Daily\""
            published: "2024-11-02"
            url: "https://example.org/a"
            text: kim-visit.txt
            # Curating: cite a line from a claim and remove it here, or give a real reason why no claim needs it.
            not_used:
              - {line: 1, reason: not yet curated}
              - {line: 3, reason: not yet curated}
              - {line: 4, reason: not yet curated}

            """.ReplaceLineEndings("\n"), File.ReadAllText(Sources("kim-visit.yaml")));

        var (checkExit, checkOut, _) = CliRunner.Run("check", "--project", _project);
        Assert.Equal(0, checkExit);
        Assert.EndsWith("; 3 lines not yet curated\n", checkOut, StringComparison.Ordinal);
    }

    [Fact]
    public void The_uncurated_count_falls_as_claims_cite_the_lines()
    {
        Assert.Equal(0, NewSource("--id", "kim-visit", "--published", "2024-11-02", "--title", "Visit").Exit);
        var yaml = Sources("kim-visit.yaml");
        var sheet = Path.Combine(_project, "data", "sheets", "casualties.yaml");
        File.AppendAllText(sheet, """
              - id: kim-will-send-more
                statement: He said more would be sent.
                claimant: zelenskyy
                stance: warns
                evidence:
                  - source: kim-visit
                    line: 3
                    quote: "\"We will send more,\" he said"

            """);

        // Citing the line is the first step; check then asks for its entry to go.
        var (citedExit, cited, _) = CliRunner.Run("check", "--project", _project);
        Assert.Equal(1, citedExit);
        Assert.Contains("error RB0123: line 3 of source 'kim-visit' is listed under not_used but a claim cites it\n" +
            "  hint: a claim cites it now, so it is curated: delete its 'not yet curated' entry\n", cited, StringComparison.Ordinal);

        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("  - {line: 3, reason: not yet curated}\n", "", StringComparison.Ordinal));
        var (exit, stdout, _) = CliRunner.Run("check", "--project", _project);
        Assert.Equal(0, exit);
        Assert.EndsWith("; 2 lines not yet curated\n", stdout, StringComparison.Ordinal);
        Assert.Contains("\"lines_uncurated\": 2", CliRunner.Run("check", "--project", _project, "--format", "json").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_taken_id_a_bad_id_or_a_missing_file_is_bad_usage_and_writes_nothing()
    {
        Assert.Equal(2, NewSource("--id", "report", "--published", "2024-11-02").Exit);
        Assert.Equal(2, NewSource("--id", "Kim Visit", "--published", "2024-11-02").Exit);
        Assert.Equal(2, CliRunner.Run("new", "source", Path.Combine(_project, "missing.txt"), "--project", _project, "--id", "x", "--published", "2024").Exit);
        Assert.Equal(2, CliRunner.Run("new", "source", _document, "--project", _project, "--published", "2024").Exit);
        Assert.Equal(["report.txt", "report.yaml"], Directory.EnumerateFiles(Path.Combine(_project, "data", "sources")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Values_the_rules_refuse_are_reported_with_their_codes_and_nothing_is_written()
    {
        var (exit, _, stderr) = NewSource("--id", "kim-visit", "--published", "2024-13-02");
        Assert.Equal(1, exit);
        Assert.Contains("data/sources/kim-visit.yaml:2:12: error RB0107: '2024-13-02' is not a real date", stderr, StringComparison.Ordinal);
        Assert.Contains("new source: nothing written", stderr, StringComparison.Ordinal);

        File.WriteAllBytes(_document, [.. Encoding.ASCII.GetBytes("ok\n"), 0xFF, 0x0A]);
        var (utfExit, _, utfErr) = NewSource("--id", "kim-visit", "--published", "2024-11-02");
        Assert.Equal(1, utfExit);
        Assert.Contains("data/sources/kim-visit.txt:2:1: error RB0002", utfErr, StringComparison.Ordinal);
        Assert.False(File.Exists(Sources("kim-visit.yaml")));
        Assert.False(File.Exists(Sources("kim-visit.txt")));
    }
}
