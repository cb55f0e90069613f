using ReportBuilder.Layout;

namespace ReportBuilder.Tests.Layout.Support;

/// <summary>One rendering of <see cref="Documents.Briefing"/>, shared by the tests that only read it.</summary>
public sealed class RenderedBriefing : IDisposable
{
    public RenderedBriefing()
    {
        Spec = Documents.Briefing();
        Pdf = Pdf.Render(Spec);
    }

    internal PdfDocumentSpec Spec { get; }
    internal Pdf Pdf { get; }

    public void Dispose() => Pdf.Dispose();
}
