using System.Globalization;

namespace ReportBuilder.Bench.Site;

/// <summary>One line of the site benchmark's table; pages are HTML pages for a site build, PDF pages for a PDF build.</summary>
internal sealed record Row(int Claims, string Build, double Seconds, double CpuSeconds, int Pages, double PeakMb, OutputStats Stats, string Load)
{
    public const string Header =
        " claims  build          wall s   cpu s   pages  pages/s  peak MB  out MB  written  largest page (KB)             load";

    public string ToLine() => string.Create(CultureInfo.InvariantCulture,
        $"{Claims,7:N0}  {Build,-13} {Seconds,7:F2} {CpuSeconds,7:F2} {Pages,7:N0} {Pages / Seconds,8:F0} {PeakMb,8:F0} {Stats.Bytes / 1048576.0,7:F1} {Stats.WrittenSince,8:N0}  {Stats.LargestPage,-22} {Stats.LargestPageBytes / 1024.0,6:F0}  {Load,5}");
}
