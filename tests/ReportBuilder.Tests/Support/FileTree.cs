using System.Security.Cryptography;

namespace ReportBuilder.Tests.Support;

/// <summary>What a folder holds, for comparing two trees byte for byte.</summary>
internal static class FileTree
{
    /// <summary>Every file under <paramref name="root"/>, by its relative path, with the SHA-256 of its bytes.</summary>
    public static SortedDictionary<string, string> Digests(string root)
    {
        var tree = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            tree[Path.GetRelativePath(root, file)] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
        return tree;
    }
}
