using System.Diagnostics;
using ReportBuilder.Core.FileSystem;
using ReportBuilder.Core.Output;

namespace ReportBuilder.Tests.Output;

/// <summary>What the spare tree tests stand on: three builds' files, a write given a spare, and a tree read back.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public abstract class SpareTreeFolderTests : OutputFolderTests
{
    protected static readonly OutputFile[] First = [F("index.html", "1"), F("topics/a/index.html", "a"), F("claims/x/index.html", "x"), F("data.json", "{}")];
    protected static readonly OutputFile[] Second = [F("index.html", "2"), F("topics/a/index.html", "a"), F("claims/y/index.html", "y"), F("data.json", "{}")];
    protected static readonly OutputFile[] Third = [F("index.html", "3"), F("topics/a/index.html", "a"), F("claims/z/index.html", "z"), F("data.json", "[]")];

    protected SpareTreeFolderTests() => Directory.CreateDirectory(Path.GetDirectoryName(Spare)!);

    protected string Spare => Path.Combine(Dir, ".out.cache", "tree");

    protected OutputResult Write(IEnumerable<OutputFile> files, Func<string, bool>? keep = null)
    {
        using var staging = OutputStaging.Open(Out, keep, spare: Spare);
        foreach (var file in files)
            staging.Add(file);
        return staging.Commit();
    }

    protected SortedDictionary<string, string> Tree(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllText, StringComparer.Ordinal), StringComparer.Ordinal);

    protected static SortedDictionary<string, string> Expected(IEnumerable<OutputFile> files, params string[] others) =>
        new(files.Select(f => (f.Path, Text: System.Text.Encoding.UTF8.GetString(f.Bytes)))
            .Append((OutputManifest.Name, string.Concat(files.Select(f => f.Path).Concat(others).Order(StringComparer.Ordinal).Select(p => p + "\n"))))
            .ToDictionary(f => f.Item1, f => f.Item2, StringComparer.Ordinal), StringComparer.Ordinal);

    protected static ulong Inode(string path) => LinuxFiles.LinkStatus(path)!.Value.Inode;

    protected static void MakeFifo(string path) => Run("mkfifo", path);

    /// <summary>Runs a tool (installed by tools/setup.sh) and fails the test when it does not succeed.</summary>
    protected static void Run(string tool, params string[] arguments)
    {
        using var process = Process.Start(tool, arguments);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
