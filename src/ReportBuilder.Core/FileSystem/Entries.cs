namespace ReportBuilder.Core.FileSystem;

/// <summary>What a path names, judged without following a link.</summary>
internal enum EntryKind { Missing, Regular, Directory, Link, Fifo, Socket, Device }

/// <summary>
/// File-system access that never follows a link and never blocks: the only way Load and Output look at entries.
/// On Linux the entry's type comes from statx and a file is opened non-blocking and checked to be the regular
/// file that was judged; elsewhere .NET's own view is used, which tells links and folders but not FIFOs or devices.
/// </summary>
internal static class Entries
{
    public static EntryKind KindOf(string path)
    {
        if (OperatingSystem.IsLinux())
            return LinuxFiles.LinkStatus(path)?.Kind ?? EntryKind.Missing;
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
            return EntryKind.Link;
        if (Directory.Exists(path))
            return EntryKind.Directory;
        return info.Exists ? EntryKind.Regular : EntryKind.Missing;
    }

    /// <summary>How a message names a kind of entry: "a symbolic link", "a FIFO (named pipe)", …</summary>
    public static string Describe(EntryKind kind) => kind switch
    {
        EntryKind.Regular => "a file",
        EntryKind.Directory => "a folder",
        EntryKind.Link => "a symbolic link",
        EntryKind.Fifo => "a FIFO (named pipe)",
        EntryKind.Socket => "a socket",
        EntryKind.Device => "a device",
        _ => "nothing",
    };

    /// <summary>
    /// The bytes of the regular file at <paramref name="path"/>, or null when it holds more than
    /// <paramref name="limit"/> (then only its length is known). Throws <see cref="NotRegularFileException"/> when
    /// the path names anything else, also one swapped in since it was judged.
    /// </summary>
    public static (byte[]? Bytes, long Length) ReadRegular(string path, long limit)
    {
        using var handle = OpenRegular(path);
        var size = RandomAccess.GetLength(handle);
        if (size > limit)
            return (null, size);
        // Read what the file holds now, up to the limit: a file that grows meanwhile cannot make this unbounded.
        var buffer = new byte[(int)size];
        var read = 0;
        while (read < buffer.Length && RandomAccess.Read(handle, buffer.AsSpan(read), read) is var n and > 0)
            read += n;
        return (read == buffer.Length ? buffer : buffer[..read], read);
    }

    /// <summary>
    /// Whether the regular file at <paramref name="path"/> (opened as <see cref="ReadRegular"/> opens it) holds the
    /// bytes of the file at <paramref name="other"/>, compared a block at a time, so that neither is held whole.
    /// </summary>
    public static bool SameContents(string path, string other)
    {
        using var mine = OpenRegular(path);
        using var theirs = File.OpenHandle(other);
        var length = RandomAccess.GetLength(mine);
        if (length != RandomAccess.GetLength(theirs))
            return false;
        var (a, b) = (new byte[1 << 16], new byte[1 << 16]);
        for (long at = 0; at < length;)
        {
            var n = RandomAccess.Read(mine, a, at);
            if (n <= 0 || RandomAccess.Read(theirs, b.AsSpan(0, n), at) != n || !a.AsSpan(0, n).SequenceEqual(b.AsSpan(0, n)))
                return false;
            at += n;
        }
        return true;
    }

    /// <summary>The regular file at <paramref name="path"/>, opened for reading: never through a link, never a FIFO or device.</summary>
    private static Microsoft.Win32.SafeHandles.SafeFileHandle OpenRegular(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            if (KindOf(path) is var other and not EntryKind.Regular)
                throw new NotRegularFileException(path, other);
            return File.OpenHandle(path);
        }
        var before = LinuxFiles.LinkStatus(path);
        if (before?.Kind is not EntryKind.Regular)
            throw new NotRegularFileException(path, before?.Kind ?? EntryKind.Missing);
        var handle = LinuxFiles.OpenForReading(path);
        var opened = LinuxFiles.HandleStatus(handle, path);
        if (opened.Kind != EntryKind.Regular || !opened.SameFile(before.Value))
        {
            handle.Dispose();
            throw new NotRegularFileException(path, opened.Kind == EntryKind.Regular ? EntryKind.Link : opened.Kind);
        }
        return handle;
    }

    /// <summary>
    /// <paramref name="fullPath"/> with every symbolic link on the way resolved, as far as the path exists (the rest
    /// is kept as written): where a write to it would really land.
    /// </summary>
    public static string RealPath(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath)!;
        var pending = new Stack<string>(Segments(fullPath[root.Length..]).Reverse());
        var current = root;
        for (var hops = 0; pending.TryPop(out var segment);)
        {
            if (segment == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Combine(current, segment);
            if (KindOf(next) != EntryKind.Link)
            {
                current = next;
                continue;
            }
            if (++hops > 40)
                throw new IOException($"too many levels of symbolic links: {fullPath}");
            var target = new FileInfo(next).LinkTarget!;
            if (Path.IsPathRooted(target))
                current = Path.GetPathRoot(target)!;
            foreach (var inner in Segments(Path.IsPathRooted(target) ? target[Path.GetPathRoot(target)!.Length..] : target).Reverse())
                pending.Push(inner);
        }
        return current;
    }

    private static IEnumerable<string> Segments(string path) =>
        path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Where(s => s.Length > 0 && s != ".");

    /// <summary>
    /// Removes a folder and everything in it without following a link (a link is removed, not what it points to),
    /// making read-only folders writable first, so that a tree someone made read-only can still be removed.
    /// </summary>
    public static void RemoveTree(string folder)
    {
        // Never through a link: a link planted under a leftover's name must not lead the removal elsewhere.
        if (KindOf(folder) != EntryKind.Directory)
            throw new IOException($"{folder} is {Describe(KindOf(folder))}, not a folder; it was not removed");
        RemoveFolder(folder);
    }

    /// <summary>Removes whatever entry <paramref name="path"/> names, if any: a folder with what it holds, anything else (a link too) by its name.</summary>
    public static void Remove(string path)
    {
        switch (KindOf(path))
        {
            case EntryKind.Missing:
                break;
            case EntryKind.Directory:
                RemoveFolder(path);
                break;
            default:
                File.Delete(path);
                break;
        }
    }

    /// <summary>Removes a folder judged to be one (not a link), and what it holds.</summary>
    private static void RemoveFolder(string folder)
    {
        const UnixFileMode owner = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        // Only a folder its owner cannot list or change gets a new mode: a change of mode is a write to the disk.
        if (!OperatingSystem.IsWindows() && File.GetUnixFileMode(folder) is var mode && (mode & owner) != owner)
            File.SetUnixFileMode(folder, mode | owner);
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo inner && inner.LinkTarget is null)
                RemoveFolder(inner.FullName);
            else
                entry.Delete();
        }
        Directory.Delete(folder);
    }

    /// <summary>
    /// Writes <paramref name="bytes"/> as the file at <paramref name="path"/> in one step: into a new temporary file beside
    /// it (created exclusively, never through an existing entry), then renamed over it, so a reader sees the old file
    /// or the new one, never half of one.
    /// </summary>
    public static void Replace(string path, byte[] bytes)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            NewFile.Write(temporary, bytes, path);
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Gives <paramref name="existing"/> a second name (same inode, modes, links), or copies it where hard links cannot be made.</summary>
    public static void LinkOrCopy(string existing, string newPath)
    {
        if (OperatingSystem.IsLinux() && LinuxFiles.TryHardLink(existing, newPath))
            return;
        File.Copy(existing, newPath);
        File.SetLastWriteTimeUtc(newPath, File.GetLastWriteTimeUtc(existing));
    }
}

/// <summary>A path that should name a regular file names something else: a link, a FIFO, a device, a folder, nothing.</summary>
internal sealed class NotRegularFileException(string path, EntryKind kind) : IOException($"{path} is {Entries.Describe(kind)}, not a regular file")
{
    public EntryKind Kind { get; } = kind;
}
