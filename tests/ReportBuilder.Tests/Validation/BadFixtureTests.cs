using ReportBuilder.Commands;
using ReportBuilder.Core;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Validation;

/// <summary>Golden files for broken data: each bad case must give exactly its verified diagnostics.</summary>
public sealed class BadFixtureTests
{
    public static TheoryData<string> Cases() => [.. FixtureData.BadCases()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_case_gives_its_verified_diagnostics(string caseName)
    {
        var result = Pipeline.Read(FixtureData.BadProject(caseName));

        Assert.False(result.IsValid);
        var writer = new StringWriter { NewLine = "\n" };
        DiagnosticPrinter.Text(result.Diagnostics, writer, colour: false);
        Snapshot.Verify(Path.Combine(FixtureData.FixturesFolder, "bad", caseName, "diagnostics.verified.txt"), writer.ToString());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_name_is_the_code_it_must_produce(string caseName)
    {
        var code = caseName[..6];
        var result = Pipeline.Read(FixtureData.BadProject(caseName));

        Assert.Contains(result.Diagnostics, d => d.Code == code);
    }

    [Fact]
    public void Base_fixture_is_valid() =>
        Assert.True(Pipeline.Read(Core.Loading.ProjectFiles.FromDirectory(FixtureData.BaseProject)).IsValid);
}
