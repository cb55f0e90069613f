using System.Globalization;
using ReportBuilder.Bench;
using ReportBuilder.Layout;

// reportbuilder bench: layout + PDF writing throughput of the layout engine.
//   --pages 100,300,1000   sizes to measure, each in a fresh child process pinned to one core
//   --repeat 5             renders per size; the median is reported
//   --sample out.pdf       write the hand-made sample briefing instead
//   --synthetic N out.pdf  write the synthetic briefing of N pages
//   --fonts DIR            font folder (default: templates/assets/fonts of this repository)
//   --search-index N [out.js]  size of the site search's index at N claims (the repository's claims, copied)
if (args.Length >= 2 && args[0] == "--search-index")
    return SearchIndexSize.Run(Options.RepositoryRoot(), int.Parse(args[1], CultureInfo.InvariantCulture), args.Length > 2 ? args[2] : null);
// reportbuilder bench generate / site: the synthetic project and the whole-CLI benchmark (see bench/README.md).
if (args is ["generate", ..] or ["site", ..])
    return ReportBuilder.Bench.Site.SiteBench.Run(args, Options.RepositoryRoot());
var options = Options.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: bench [--pages 100,300,1000] [--repeat 5] [--sample out.pdf] [--synthetic N out.pdf] [--fonts DIR]");
    return 2;
}
using var fonts = FontSet.FromStreams(name => File.OpenRead(Path.Combine(options.Fonts, name)));
if (options.Sample is { } sample)
{
    using var file = File.Create(sample);
    var result = PdfRenderer.Render(SampleBriefing.Create(), fonts, file);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sample}: {result.PageCount} pages, {file.Length / 1024.0:F1} KB"));
    return 0;
}
if (options.Synthetic is { } synthetic)
{
    using var file = File.Create(synthetic.Path);
    var result = PdfRenderer.Render(SyntheticBriefing.Create(synthetic.Pages), fonts, file);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{synthetic.Path}: {result.PageCount} pages, {file.Length / 1024.0:F1} KB"));
    return 0;
}
if (options.Child is { } child)
{
    Console.WriteLine(Measurement.Run(fonts, child, options.Repeat).ToLine());
    return 0;
}
return Measurement.Report(options);

internal sealed record Options(string Fonts, int[] Pages, int Repeat, string? Sample, (int Pages, string Path)? Synthetic, int? Child)
{
    public static Options? Parse(string[] args)
    {
        var fonts = Path.Combine(RepositoryRoot(), "templates", "assets", "fonts");
        int[] pages = [100, 300, 1000];
        int repeat = 5;
        string? sample = null;
        (int, string)? synthetic = null;
        int? child = null;
        for (int i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--pages": pages = Value().Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray(); break;
                case "--repeat": repeat = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--sample": sample = Value(); break;
                case "--synthetic": synthetic = (int.Parse(Value(), CultureInfo.InvariantCulture), Value()); break;
                case "--fonts": fonts = Value(); break;
                case "--child": child = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                default: return null;
            }
        }
        return new Options(fonts, pages, repeat, sample, synthetic, child);
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReportBuilder.sln")))
                return dir.FullName;
        }
        return Directory.GetCurrentDirectory();
    }
}
