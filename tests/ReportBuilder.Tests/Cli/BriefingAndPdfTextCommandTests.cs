using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Cli;

/// <summary>`briefing --week` writes one week's PDF; `pdf-text` reads any PDF back as text.</summary>
public sealed class BriefingAndPdfTextCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("rb-briefing-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);


    [Fact]
    public void Briefing_writes_the_week_and_pdf_text_reads_it_back()
    {
        var pdf = Path.Combine(_temp, "w52.pdf");

        var (exit, stdout, _) = CliRunner.Run("briefing", "--week", "2024-W52", "--project", Repo.Root, "--out", pdf);
        var dump = CliRunner.Run("pdf-text", pdf);

        Assert.Equal(0, exit);
        Assert.StartsWith("wrote ", stdout, StringComparison.Ordinal);
        Assert.Equal(0, dump.Exit);
        Assert.Contains("title: North Korea in Russia's war: briefing 2024-W52\n", dump.Out, StringComparison.Ordinal);
        Assert.Contains("NotoSerif-Bold 10.5: North Korea in Russia's war · 2024-W52, 23–29 December 2024\n", dump.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-W30", "no claims fall in 2024-W30")]
    [InlineData("2024-52", "is not an ISO week")]
    public void A_week_without_a_briefing_is_bad_usage(string week, string message)
    {
        var (exit, _, stderr) = CliRunner.Run("briefing", "--week", week, "--project", Repo.Root, "--out", Path.Combine(_temp, "x.pdf"));

        Assert.Equal(2, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_temp, "x.pdf")));
    }

    [Fact]
    public void Pdf_text_of_something_that_is_no_pdf_exits_1()
    {
        var notPdf = Path.Combine(_temp, "note.pdf");
        File.WriteAllText(notPdf, "not a pdf");

        Assert.Equal(1, CliRunner.Run("pdf-text", notPdf).Exit);
    }
}
