using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Composition;

/// <summary>A chart in the flow: the block and its style, at its height (the page's, when the block asks for more).</summary>
internal sealed class ChartItem(Chart chart, ChartStyle style) : Item
{
    public Chart Chart { get; } = chart;
    public ChartStyle Style { get; } = style;

    public override string Describe() => "chart " + BlockName.Start(Chart.Title ?? "without a title");
}
