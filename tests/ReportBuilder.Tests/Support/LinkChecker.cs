using System.Net;
using System.Text.RegularExpressions;

namespace ReportBuilder.Tests.Support;

/// <summary>
/// Reads every href and src of the HTML files in a folder, resolves the internal ones relative to their file,
/// and reports those whose file or #anchor does not exist. External links (with a scheme) are not followed.
/// Links from the site's root (<c>/nk-russia/weeks/</c>, as the 404 page writes them) resolve when the site's
/// path on its server is given; a folder stands for its index.html.
/// </summary>
internal static partial class LinkChecker
{
    public sealed record Link(string FromFile, string Href, string TargetFile, string? Anchor);

    [GeneratedRegex("""\s(?:href|src)="([^"]*)"|\s(?:href|src)='([^']*)'""")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("""\sid="([^"]+)"|\sid='([^']+)'""")]
    private static partial Regex IdPattern();

    public static IEnumerable<Link> Links(string root, string htmlFile, string? sitePath = null)
    {
        var html = File.ReadAllText(htmlFile);
        foreach (Match m in LinkPattern().Matches(html))
        {
            var href = WebUtility.HtmlDecode(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
            if (href.Length == 0 || Regex.IsMatch(href, "^[a-zA-Z][a-zA-Z0-9+.-]*:"))
                continue;
            var hash = href.IndexOf('#', StringComparison.Ordinal);
            var (path, anchor) = hash < 0 ? (href, null) : (href[..hash], href[(hash + 1)..]);
            var target = path.Length == 0 ? htmlFile
                : sitePath is not null && path.StartsWith(sitePath, StringComparison.Ordinal)
                    ? Path.GetFullPath(Path.Combine(root, Uri.UnescapeDataString(path[sitePath.Length..]) + (path.EndsWith('/') ? "index.html" : "")))
                    : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(htmlFile)!, Uri.UnescapeDataString(path)));
            yield return new Link(Path.GetRelativePath(root, htmlFile), href, target, anchor);
        }
    }

    public static IReadOnlySet<string> Ids(string htmlFile) =>
        IdPattern().Matches(File.ReadAllText(htmlFile)).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every broken internal link of the folder, as "from: href (why)".</summary>
    public static IReadOnlyList<string> Broken(string root, string? sitePath = null)
    {
        var ids = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var broken = new List<string>();
        var fullRoot = Path.GetFullPath(root);
        foreach (var file in Directory.EnumerateFiles(fullRoot, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var link in Links(fullRoot, file, sitePath))
            {
                if (!link.TargetFile.StartsWith(fullRoot, StringComparison.Ordinal))
                    broken.Add($"{link.FromFile}: {link.Href} (leaves the site)");
                else if (!File.Exists(link.TargetFile))
                    broken.Add($"{link.FromFile}: {link.Href} (no such file)");
                else if (link.Anchor is { Length: > 0 } anchor && link.TargetFile.EndsWith(".html", StringComparison.Ordinal)
                         && !(ids.TryGetValue(link.TargetFile, out var known) ? known : ids[link.TargetFile] = Ids(link.TargetFile)).Contains(anchor))
                    broken.Add($"{link.FromFile}: {link.Href} (no id '{anchor}')");
            }
        }
        return broken;
    }

    /// <summary>The HTML files reached by following internal links from <paramref name="start"/>.</summary>
    public static IReadOnlySet<string> Reachable(string root, string start)
    {
        var fullRoot = Path.GetFullPath(root);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([Path.Combine(fullRoot, start)]);
        while (queue.TryDequeue(out var file))
        {
            if (!file.EndsWith(".html", StringComparison.Ordinal) || !File.Exists(file) || !seen.Add(file))
                continue;
            foreach (var link in Links(fullRoot, file))
                queue.Enqueue(link.TargetFile);
        }
        return seen.Select(f => Path.GetRelativePath(fullRoot, f).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
    }
}
