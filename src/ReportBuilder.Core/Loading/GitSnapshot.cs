using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ReportBuilder.Core.Loading;

/// <summary>
/// Reads a project's files at a git revision without touching the working tree: <c>git ls-tree</c> lists
/// them, one <c>git cat-file --batch</c> process streams their contents.
/// </summary>
public static class GitSnapshot
{
    /// <summary>
    /// The project's <c>data/</c> and <c>templates/</c> at <paramref name="revision"/>. Throws
    /// <see cref="GitException"/> with git's own message when the folder is no repository or the revision
    /// does not exist.
    /// </summary>
    public static ProjectFiles Read(string projectDirectory, string revision)
    {
        var directory = Path.GetFullPath(projectDirectory);
        // The project may be a subfolder of the repository: paths in the tree carry that prefix.
        var prefix = Git(directory, "rev-parse", "--show-prefix").TrimEnd('\n');
        // A revision is never an option: "--output=…" must not reach git as one.
        if (revision.StartsWith('-'))
            throw new GitException($"'{revision}' is not a revision: a revision does not start with '-'");
        try
        {
            Git(directory, "rev-parse", "--verify", "--quiet", revision + "^{commit}");
        }
        catch (GitException)
        {
            var shallow = Git(directory, "rev-parse", "--is-shallow-repository").TrimEnd('\n') == "true";
            throw new GitException(shallow
                ? $"'{revision}' is not a commit in this clone: it is shallow, so older commits are missing (run git fetch --unshallow, or check out with fetch-depth: 0)"
                : $"'{revision}' is not a commit in this repository");
        }
        // From the repository's top, where the paths asked for and the paths listed both start: run in the project's
        // subfolder, ls-tree would read "prefix/data" relative to that subfolder and find nothing.
        var top = Git(directory, "rev-parse", "--show-toplevel").TrimEnd('\n');
        var listing = Git(top, ["ls-tree", "-r", "-z", "--long", "--full-name", revision, "--", .. ProjectFiles.Roots.Select(r => prefix + r)]);
        var entries = new List<(string Path, string Blob, long Length)>();
        var links = new List<Diagnostics.Diagnostic>();
        foreach (var record in listing.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            // "<mode> <type> <object> <size>\t<path>"
            var tab = record.IndexOf('\t', StringComparison.Ordinal);
            var fields = record[..tab].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields[1] != "blob")
                continue;
            // A committed symbolic link (mode 120000) is reported as one, as it would be in a working tree.
            if (fields[0] == "120000")
            {
                links.Add(DirectoryReader.NotRegular(record[(tab + 1)..][prefix.Length..], FileSystem.EntryKind.Link));
                continue;
            }
            entries.Add((record[(tab + 1)..][prefix.Length..], fields[2], long.Parse(fields[3], CultureInfo.InvariantCulture)));
        }
        var contents = ReadBlobs(directory, entries.Where(e => e.Length <= ProjectFiles.MaxFileBytes).Select(e => e.Blob).Distinct(StringComparer.Ordinal));
        var files = entries.Select(e => new ProjectFile(e.Path, e.Length <= ProjectFiles.MaxFileBytes ? contents[e.Blob] : null, e.Length));
        return new ProjectFiles($"git:{revision}", files, links);
    }

    private static Dictionary<string, byte[]> ReadBlobs(string directory, IEnumerable<string> blobs)
    {
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var list = blobs.ToList();
        if (list.Count == 0)
            return result;
        using var process = Start(directory, ["cat-file", "--batch"]);
        // Write all requests from another thread: git answers while we still send, and pipes are finite.
        var writer = Task.Run(() =>
        {
            foreach (var blob in list)
                process.StandardInput.Write(blob + "\n");
            process.StandardInput.Close();
        });
        var output = process.StandardOutput.BaseStream;
        foreach (var blob in list)
        {
            // "<object> blob <size>\n<bytes>\n"
            var header = ReadLine(output).Split(' ');
            var size = int.Parse(header[2], CultureInfo.InvariantCulture);
            var bytes = new byte[size];
            output.ReadExactly(bytes);
            output.ReadByte();
            result[blob] = bytes;
        }
        writer.Wait();
        process.WaitForExit();
        return result;
    }

    private static string ReadLine(Stream stream)
    {
        var bytes = new List<byte>();
        for (var b = stream.ReadByte(); b is not -1 and not '\n'; b = stream.ReadByte())
            bytes.Add((byte)b);
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static string Git(string directory, params string[] args)
    {
        using var process = Start(directory, args);
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var message = stderr.Result.Trim();
            throw new GitException(message.Length > 0 ? message : $"git {string.Join(' ', args)} failed (exit {process.ExitCode})");
        }
        return stdout;
    }

    private static Process Start(string directory, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        // Paths exactly as stored, whatever the user's git settings.
        info.Environment["GIT_CONFIG_PARAMETERS"] = "'core.quotepath=false'";
        try
        {
            return Process.Start(info) ?? throw new GitException("could not start git");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new GitException($"git could not be run ({e.Message}); is it installed?");
        }
    }
}

/// <summary>Git could not give what was asked: no repository, an unknown revision, no git at all.</summary>
public sealed class GitException(string message) : Exception(message);
