using ReportBuilder.Core.Model;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Validation;

/// <summary>The line-coverage rule (<see cref="LineCoverage"/>) that `check` reports by (RB0122) and counts by.</summary>
public sealed class LineCoverageTests
{
    [Theory]
    [InlineData("A quote.", true, false, true)]
    [InlineData("A quote.", false, true, true)]
    [InlineData(" \t", false, false, true)]
    [InlineData("A quote.", false, false, false)]
    public void A_line_is_accounted_for_when_cited_listed_unused_or_blank(string text, bool cited, bool listedUnused, bool accounted) =>
        Assert.Equal(accounted, LineCoverage.IsAccountedFor(text, cited, listedUnused));

    [Fact]
    public void The_summary_counts_the_lines_the_rule_accounts_for()
    {
        // The sample's six lines are all cited or listed; a blank line counts, an uncited one does not.
        var sample = SampleModel.Build();
        var model = new ReportModel(sample.Site,
            sample.Sources.Select(s => s.Id == "joongang-2024-11-08" ? s with { Lines = [.. s.Lines, "", "Not cited, not listed."] } : s),
            sample.Actors, sample.Measures, sample.Topics);

        var summary = ModelSummary.Of(model);

        Assert.Equal((7, 8), (summary.LinesAccounted, summary.LinesTotal));
    }
}
