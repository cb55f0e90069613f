using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Cli;

/// <summary>Bad usage names the nearest command or option, and exits 2.</summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("buld", "reportbuilder: unknown command 'buld'; did you mean 'build'?")]
    [InlineData("build --prject x", "reportbuilder: unknown option '--prject' for build; did you mean '--project'?")]
    [InlineData("check --formt json", "reportbuilder: unknown option '--formt' for check; did you mean '--format'?")]
    [InlineData("new sorce a.txt", "reportbuilder: unknown command 'sorce'; did you mean 'source'?")]
    [InlineData("serve --prot 3", "reportbuilder: unknown option '--prot' for serve; did you mean '--port'?")]
    [InlineData("new", "reportbuilder: new needs a command: source")]
    [InlineData("build extra", "reportbuilder: unexpected argument 'extra' for build")]
    [InlineData("frobnicate", "reportbuilder: unknown command 'frobnicate'")]
    [InlineData("check --format jsn", "reportbuilder: --format: 'jsn' is not one of text, json, github; did you mean 'json'?")]
    [InlineData("build --only everything", "reportbuilder: --only: 'everything' is not one of site, pdf")]
    public void Names_the_nearest_known_word(string line, string expected)
    {
        var (exit, stdout, stderr) = CliRunner.Run(line.Split(' '));
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Equal(expected + "\nRun 'reportbuilder --help' for usage.\n", stderr);
    }

    [Fact]
    public void No_command_lists_the_commands()
    {
        var (exit, _, stderr) = CliRunner.Run();
        Assert.Equal(2, exit);
        Assert.StartsWith("reportbuilder: reportbuilder needs a command: check, build, briefing, diff, pdf-text, serve, init, new\n", stderr, StringComparison.Ordinal);
    }
}
