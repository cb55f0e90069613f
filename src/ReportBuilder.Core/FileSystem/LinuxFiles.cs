using System.Runtime.InteropServices;

namespace ReportBuilder.Core.FileSystem;

/// <summary>
/// The few Linux calls .NET does not offer: the type, owner and flags of an entry without following a link (statx), a default ACL (lgetxattr), opening a
/// file so that a FIFO cannot block (O_NONBLOCK), and a hard link. Used only on Linux; see <see cref="Entries"/>.
/// </summary>
internal static partial class LinuxFiles
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxBasicStats = 0x7ff;
    private const int OpenReadOnlyNonBlocking = 0x800 | 0x80000; // O_RDONLY | O_NONBLOCK | O_CLOEXEC, the same on every Linux architecture .NET runs on

    /// <summary>The parts of <c>struct statx</c> we read; its layout is the same on every architecture.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    internal struct Status
    {
        [FieldOffset(8)] public ulong Attributes;
        [FieldOffset(20)] public uint Owner;
        [FieldOffset(24)] public uint Group;
        [FieldOffset(28)] public ushort Mode;
        [FieldOffset(32)] public ulong Inode;
        [FieldOffset(40)] public ulong Size;
        [FieldOffset(136)] public uint DeviceMajor;
        [FieldOffset(140)] public uint DeviceMinor;

        public readonly EntryKind Kind => (Mode & 0xF000) switch
        {
            0x8000 => EntryKind.Regular,
            0x4000 => EntryKind.Directory,
            0xA000 => EntryKind.Link,
            0x1000 => EntryKind.Fifo,
            0xC000 => EntryKind.Socket,
            _ => EntryKind.Device,
        };

        /// <summary>The permission bits (with set-id and sticky), as .NET names them.</summary>
        public readonly UnixFileMode Permissions => (UnixFileMode)(Mode & 0xFFF);

        /// <summary>Immutable, append-only or a mount point: an entry that cannot be removed or renamed.</summary>
        public readonly bool Fixed => (Attributes & (0x10 | 0x20 | 0x2000)) != 0; // STATX_ATTR_IMMUTABLE, _APPEND, _MOUNT_ROOT

        public readonly bool SameFile(Status other) =>
            Inode == other.Inode && DeviceMajor == other.DeviceMajor && DeviceMinor == other.DeviceMinor;
    }

    /// <summary>The entry <paramref name="path"/> names itself (a link is a link), or null when there is none.</summary>
    public static Status? LinkStatus(string path)
    {
        if (statx(AtFdCwd, path, AtSymlinkNoFollow, StatxBasicStats, out var status) == 0)
            return status;
        var error = Marshal.GetLastPInvokeError();
        return error is 2 or 20 ? null : throw Failure(error, path); // ENOENT, ENOTDIR
    }

    /// <summary>Whether the folder <paramref name="path"/> names (not through a link) has a default ACL, which sets the modes of what is made in it.</summary>
    public static bool HasDefaultAcl(string path)
    {
        if (lgetxattr(path, "system.posix_acl_default", IntPtr.Zero, 0) >= 0)
            return true;
        var error = Marshal.GetLastPInvokeError();
        return error is 61 or 95 ? false : throw Failure(error, path); // ENODATA, EOPNOTSUPP: none
    }

    /// <summary>Opens for reading without blocking on a FIFO (the caller then checks what it opened).</summary>
    public static Microsoft.Win32.SafeHandles.SafeFileHandle OpenForReading(string path)
    {
        var fd = open(path, OpenReadOnlyNonBlocking);
        if (fd < 0)
            throw Failure(Marshal.GetLastPInvokeError(), path);
        return new Microsoft.Win32.SafeHandles.SafeFileHandle(fd, ownsHandle: true);
    }

    public static Status HandleStatus(Microsoft.Win32.SafeHandles.SafeFileHandle handle, string path)
    {
        var added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            return statxHandle((int)handle.DangerousGetHandle(), "", AtEmptyPath, StatxBasicStats, out var status) == 0
                ? status
                : throw Failure(Marshal.GetLastPInvokeError(), path);
        }
        finally
        {
            if (added)
                handle.DangerousRelease();
        }
    }

    /// <summary>A second name for a file; false when the file system cannot (another device, no hard links).</summary>
    public static bool TryHardLink(string existing, string newPath)
    {
        if (link(existing, newPath) == 0)
            return true;
        var error = Marshal.GetLastPInvokeError();
        return error is 18 or 1 or 95 or 31 ? false : throw Failure(error, newPath); // EXDEV, EPERM, EOPNOTSUPP, EMLINK
    }

    /// <summary>The user this process acts as: who owns what it makes.</summary>
    public static uint EffectiveUser => geteuid();

    /// <summary>The exception .NET itself would throw for this error, so callers catch one kind.</summary>
    private static Exception Failure(int errno, string path) => errno switch
    {
        1 or 13 => new UnauthorizedAccessException($"permission denied: {path}"),
        36 => new PathTooLongException($"the path is too long: {path}"),
        _ => new IOException($"{Marshal.GetPInvokeErrorMessage(errno)}: {path}", errno),
    };

    [DllImport("libc", SetLastError = true, EntryPoint = "statx")]
    private static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out Status status);

    [DllImport("libc", SetLastError = true, EntryPoint = "statx")]
    private static extern int statxHandle(int fd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out Status status);

    [DllImport("libc", SetLastError = true)]
    private static extern nint lgetxattr([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [MarshalAs(UnmanagedType.LPUTF8Str)] string name, IntPtr value, nuint size);

    [DllImport("libc", SetLastError = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc")]
    private static extern uint geteuid();

    [DllImport("libc", SetLastError = true)]
    private static extern int link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);
}
