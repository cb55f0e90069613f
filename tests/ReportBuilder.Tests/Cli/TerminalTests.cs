using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Cli;

/// <summary>Nothing from the data reaches a terminal raw: a control character in a key is shown as its code.</summary>
public sealed class TerminalTests : IDisposable
{
    private readonly TempProject _project = TempProject.OfFixture("rb-terminal-");

    public void Dispose() => _project.Dispose();

    [Fact]
    public void An_escape_in_a_yaml_key_is_printed_as_its_code()
    {
        var project = _project.Root;
        File.AppendAllText(Path.Combine(project, "data", "site.yaml"), "\"\\e]0;owned\\a\": x\n");

        var (exit, stdout, _) = CliRunner.Run("check", "--project", project);

        Assert.Equal(1, exit);
        Assert.Contains("data/site.yaml:6:1: error RB0102: unknown field '\\u001B]0;owned\\u0007' in site.yaml\n", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', stdout);
    }
}
