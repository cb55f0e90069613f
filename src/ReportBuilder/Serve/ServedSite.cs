using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Output;

namespace ReportBuilder.Serve;

/// <summary>
/// What the server shows at one moment: the site of the last good build, and the diagnostics of the latest
/// build when it failed (an empty list when it succeeded). <see cref="State"/> changes with every rebuild,
/// good or bad, so an open page knows when to reload. The briefings' PDFs, slow to typeset, are typeset from
/// the same build, each the first time it is asked for. <see cref="BasePath"/> is base_url's path ("/nk-russia/"):
/// the site is served there, as it will be published.
/// </summary>
internal sealed record ServedSite(int State, IReadOnlyDictionary<string, OutputFile> Files, IReadOnlyList<Diagnostic> Diagnostics, ServedBriefings? Briefings, string BasePath)
{
    public static ServedSite Empty { get; } = new(0, new Dictionary<string, OutputFile>(StringComparer.Ordinal), [], null, "/");

    public bool Failing => Diagnostics.Count > 0;
}
