using System.Reflection;

namespace ReportBuilder.Starter;

/// <summary>
/// The project `init` writes, carried inside the tool: a small valid data/ (one source, one topic, two claims)
/// and the templates/ the tool was built with. Paths are project-relative with '/', in ordinal order.
/// </summary>
internal static class StarterProject
{
    private const string Prefix = "starter/";

    public static IReadOnlyList<(string Path, byte[] Bytes)> Files()
    {
        var assembly = typeof(StarterProject).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(name => (Path: name[Prefix.Length..].Replace('\\', '/'), Bytes: Read(assembly, name)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
