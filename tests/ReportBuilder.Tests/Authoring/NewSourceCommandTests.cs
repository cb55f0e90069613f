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

    [Fact]
    public void Only_a_regular_file_within_the_size_limit_is_read_as_the_document()
    {
        var fifo = Path.Combine(_project, "pipe.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
            mkfifo.WaitForExit();
        var link = Path.Combine(_project, "link.txt");
        File.CreateSymbolicLink(link, _document);
        var big = Path.Combine(_project, "big.txt");
        using (var file = File.Create(big))
            file.SetLength(5 * 1024 * 1024);

        Assert.Contains("is a FIFO (named pipe), not a regular file", CliRunner.Run("new", "source", fifo, "--project", _project, "--id", "a", "--published", "2024").Err, StringComparison.Ordinal);
        Assert.Contains("is a device, not a regular file", CliRunner.Run("new", "source", "/dev/zero", "--project", _project, "--id", "b", "--published", "2024").Err, StringComparison.Ordinal);
        Assert.Contains("is a symbolic link, not a regular file", CliRunner.Run("new", "source", link, "--project", _project, "--id", "c", "--published", "2024").Err, StringComparison.Ordinal);
        var (exit, _, err) = CliRunner.Run("new", "source", big, "--project", _project, "--id", "d", "--published", "2024");
        Assert.Equal(2, exit);
        Assert.Contains("holds 5,242,880 bytes; a source text may hold at most 4,194,304", err, StringComparison.Ordinal);
        Assert.Equal(["report.txt", "report.yaml"], Directory.EnumerateFileSystemEntries(Path.Combine(_project, "data", "sources")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Nothing_is_written_through_a_link_nor_into_a_sources_folder_that_is_one()
    {
        var victim = Path.Combine(_project, "victim.txt");
        File.WriteAllText(victim, "untouched");
        // The name an older version wrote its temporary file under: a planted link there must not be written through.
        File.CreateSymbolicLink(Sources(".kim-visit.txt.new"), victim);
        Assert.Equal(0, NewSource("--id", "kim-visit", "--published", "2024-11-02").Exit);
        Assert.Equal("untouched", File.ReadAllText(victim));
        Assert.Equal(Document, File.ReadAllBytes(Sources("kim-visit.txt")));

        var outside = Directory.CreateTempSubdirectory("rb-outside-").FullName;
        try
        {
            Directory.Move(Path.Combine(_project, "data", "sources"), Path.Combine(outside, "sources"));
            Directory.CreateSymbolicLink(Path.Combine(_project, "data", "sources"), Path.Combine(outside, "sources"));
            var (exit, _, _) = NewSource("--id", "other", "--published", "2024-11-02");
            Assert.NotEqual(0, exit);
            Assert.False(File.Exists(Path.Combine(outside, "sources", "other.txt")));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void A_title_with_a_line_separator_reads_back_as_written()
    {
        Assert.Equal(0, NewSource("--id", "kim-visit", "--published", "2024-11-02", "--title", "Kim\u2028visit").Exit);
        Assert.Contains("title: \"Kim\\u2028visit\"\n", File.ReadAllText(Sources("kim-visit.yaml")), StringComparison.Ordinal);
    }
}
