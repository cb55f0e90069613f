using ReportBuilder.Layout.Composition;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Drawing;

/// <summary>Draws a page's running header and footer in its top and bottom margins, as pagination artifacts.</summary>
internal sealed class RunningPainter(LayoutContext context, PdfDocumentSpec spec)
{
    private const float Gap = 12f;

    public void Draw(PageCanvas canvas, PageContext page)
    {
        var style = spec.Theme.Running;
        var setup = spec.Page;
        float left = setup.Margins.Left, right = setup.PageWidth - setup.Margins.Right;
        if (spec.Header(page) is { } header)
        {
            float baseline = setup.Margins.Top - style.HeaderGap;
            canvas.BeginPagination("Header");
            DrawLine(canvas, header, left, right, baseline);
            if (header.Rule)
                canvas.Line(left, baseline + 6f, right, baseline + 6f, style.RuleColor, 0.5f);
            canvas.EndArtifact();
        }
        if (spec.Footer(page) is { } footer)
        {
            float baseline = setup.PageHeight - setup.Margins.Bottom + style.FooterGap;
            canvas.BeginPagination("Footer");
            DrawLine(canvas, footer, left, right, baseline);
            if (footer.Rule)
                canvas.Line(left, baseline - 12f, right, baseline - 12f, style.RuleColor, 0.5f);
            canvas.EndArtifact();
        }
    }

    private void DrawLine(PageCanvas canvas, RunningLine line, float left, float right, float baseline)
    {
        var text = spec.Theme.Running.Text;
        float width = right - left;
        var center = Fit(line.Center, text, width);
        InlineLayout? leftLabel, rightLabel;
        if (center is not null)
        {
            float side = ((width - center.Width) / 2) - Gap;
            (leftLabel, rightLabel) = (Fit(line.Left, text, side), Fit(line.Right, text, side));
        }
        else
        {
            // The right text (a section title) gives way first, down to half the line.
            float leftNatural = Fit(line.Left, text, width)?.Width ?? 0;
            rightLabel = Fit(line.Right, text, Math.Max((width / 2) - Gap, width - Gap - leftNatural));
            leftLabel = Fit(line.Left, text, width - Gap - (rightLabel?.Width ?? 0));
        }
        if (center is not null)
            Put(canvas, center, left + ((width - center.Width) / 2), baseline);
        if (leftLabel is not null)
            Put(canvas, leftLabel, left, baseline);
        if (rightLabel is not null)
            Put(canvas, rightLabel, right - rightLabel.Width, baseline);
    }

    private static void Put(PageCanvas canvas, InlineLayout label, float x, float baseline) =>
        canvas.DrawLine(label, 0, x, baseline - label.Lines[0].Baseline);

    /// <summary>The text as a label, shortened with an ellipsis until it fits; null for no text.</summary>
    private InlineLayout? Fit(string? value, TextStyle style, float width)
    {
        if (string.IsNullOrWhiteSpace(value) || width <= 0)
            return null;
        var label = context.Label(value, style);
        if (label.Width <= width)
            return label;
        int low = 0, high = value.Length;
        while (low < high)
        {
            int mid = (low + high + 1) / 2;
            if (context.Label(Shorten(value, mid), style).Width <= width)
                low = mid;
            else
                high = mid - 1;
        }
        return low == 0 ? null : context.Label(Shorten(value, low), style);
    }

    private static string Shorten(string value, int length) => string.Concat(value.AsSpan(0, length).TrimEnd(), "…");
}
