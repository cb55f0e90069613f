using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Cli;

/// <summary>
/// The real data/ passes `check` with every source line accounted for, and breaking any one quote, reference,
/// date, id or YAML line in it makes `check` exit 1 naming that file and line.
/// </summary>
public sealed class RealDataBreakageTests : IDisposable
{
    private const string Sheet = "data/sheets/casualties.yaml";
    private readonly string _project = Directory.CreateTempSubdirectory("rb-real-").FullName;

    public RealDataBreakageTests() => CliRunner.CopyTree(Repo.Path("data"), Path.Combine(_project, "data"));

    public void Dispose() => Directory.Delete(_project, recursive: true);

    [Fact]
    public void Real_data_is_valid_with_every_source_line_accounted_for()
    {
        var (exit, stdout, _) = CliRunner.Run("check", "--project", Repo.Root);

        Assert.Equal(0, exit);
        Assert.Matches(@"^check: data is valid: 5 sources, \d+ actors, \d+ measures, \d+ topics, \d+ claims, \d+ evidence, \d+ figures; (\d+) of \1 source lines accounted for\n$", stdout);
    }

    [Theory]
    [InlineData("quote", "exceeds 3,000 people\"", "exceeds 3,001 people\"", 59, "RB0120")]
    [InlineData("reference", "    claimant: zelenskyy\n    said_on: 2024-12-23", "    claimant: zelensky-v\n    said_on: 2024-12-23", 50, "RB0106")]
    [InlineData("date", "    said_on: 2024-12-23\n    stance: estimates\n    evidence:\n      - source: taipei-2024-12-23\n        line: 1", "    said_on: 2024-12-32\n    stance: estimates\n    evidence:\n      - source: taipei-2024-12-23\n        line: 1", 51, "RB0107")]
    [InlineData("id", "id: zelenskyy-kursk-casualties-3000", "id: Zelenskyy_Kursk", 48, "RB0104")]
    [InlineData("YAML line", "    statement: \"Zelenskyy said, citing", "    statement: \"Zelenskyy said, citing\n\t\"", 49, "RB0001")]
    public void Breaking_one_thing_names_its_file_and_line(string what, string from, string to, int line, string code)
    {
        var path = Path.Combine(_project, Sheet);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal); // the break must land, or the test proves nothing
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));

        var (exit, stdout, _) = CliRunner.Run("check", "--project", _project);

        Assert.Equal(1, exit);
        Assert.True(stdout.Contains($"{Sheet}:{line}:", StringComparison.Ordinal) && stdout.Contains(code, StringComparison.Ordinal),
            $"breaking a {what} should report {code} at {Sheet}:{line}, got:\n{stdout}");
    }
}
