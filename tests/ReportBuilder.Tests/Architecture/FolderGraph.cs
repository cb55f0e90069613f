using System.Text.RegularExpressions;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Architecture;

/// <summary>
/// Which folders of src/ReportBuilder.Core import which: an edge for every <c>using ReportBuilder.Core.X</c> (or a name
/// qualified with it) in a file of another folder, and an edge to "(root)" for every use of a type declared in
/// Core's root (the orchestrator), which its sub-namespaces see without a using.
/// </summary>
internal static partial class FolderGraph
{
    public const string Root = "(root)";

    public static SortedDictionary<string, SortedSet<string>> OfCore()
    {
        var core = Repo.Path("src/ReportBuilder.Core");
        var files = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Select(f => (Folder: FolderOf(Path.GetRelativePath(core, f)), Text: File.ReadAllText(f)))
            .Where(f => f.Folder is not ("bin" or "obj"))
            .ToList();
        var rootTypes = files.Where(f => f.Folder == Root).SelectMany(f => DeclaredType().Matches(f.Text).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        var graph = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (folder, text) in files)
        {
            var edges = graph.TryGetValue(folder, out var known) ? known : graph[folder] = new SortedSet<string>(StringComparer.Ordinal);
            var code = NamespaceLine().Replace(text, "");
            foreach (Match m in CoreName().Matches(code))
                edges.Add(m.Groups[1].Value);
            if (folder != Root && Words().Matches(Comments().Replace(code, "")).Any(w => rootTypes.Contains(w.Value)))
                edges.Add(Root);
            edges.Remove(folder);
        }
        return graph;
    }

    /// <summary>A cycle as the folders along it (the first repeated at the end), or null when the graph has none.</summary>
    public static IReadOnlyList<string>? FindCycle(IReadOnlyDictionary<string, SortedSet<string>> graph)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        IReadOnlyList<string>? Visit(string folder)
        {
            if (path.IndexOf(folder) is var at and >= 0)
                return [.. path.Skip(at), folder];
            if (!done.Add(folder))
                return null;
            path.Add(folder);
            foreach (var next in graph.GetValueOrDefault(folder) ?? [])
            {
                if (Visit(next) is { } cycle)
                    return cycle;
            }
            path.RemoveAt(path.Count - 1);
            return null;
        }
        return graph.Keys.Select(Visit).FirstOrDefault(c => c is not null);
    }

    private static string FolderOf(string relative) =>
        relative.Contains(Path.DirectorySeparatorChar) ? relative[..relative.IndexOf(Path.DirectorySeparatorChar)] : Root;

    [GeneratedRegex(@"\bReportBuilder\.Core\.([A-Z]\w*)")]
    private static partial Regex CoreName();

    [GeneratedRegex(@"^namespace .*$", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"^\s*(?:public|internal)\s+(?:sealed\s+|static\s+|partial\s+|readonly\s+)*(?:class|record|struct|interface|enum)\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex DeclaredType();

    [GeneratedRegex(@"\b[A-Z]\w*\b")]
    private static partial Regex Words();

    [GeneratedRegex(@"//.*$", RegexOptions.Multiline)]
    private static partial Regex Comments();
}
