namespace ReportBuilder.Core.FileSystem;

/// <summary>
/// The files whose bytes ReportBuilder writes (out/'s, the cache's, a briefing, <c>init</c>'s and <c>new source</c>'s) are made
/// here: created exclusively (<see cref="FileMode.CreateNew"/>, never opened
/// through an entry someone put in the way) and written through one guard, which turns a file system that refuses
/// the file's size (EFBIG) into a <see cref="FileTooLargeException"/> naming the file as the user knows it.
/// </summary>
internal static class NewFile
{
    /// <summary>Creates the file at <paramref name="path"/> holding <paramref name="bytes"/>.</summary>
    /// <param name="shownAs">The file a message names (out/'s file for one in the staging tree, the target of a temporary file).</param>
    public static void Write(string path, byte[] bytes, string shownAs) =>
        Writing(path, file =>
        {
            new FileSizeGuard(file, shownAs, FileTooLargeException.NotWritten).Write(bytes);
            return bytes.Length;
        });

    /// <summary>Creates the file at <paramref name="path"/> as <paramref name="write"/> makes it, a buffer at a time; its length.</summary>
    /// <param name="shownAs">The file a message names.</param>
    public static long Write(string path, Action<Stream> write, string shownAs) =>
        Writing(path, file =>
        {
            // Every byte reaches the file through the guard: the buffer's flushes, the last one at its disposal, included.
            using (var buffered = new BufferedStream(new FileSizeGuard(file, shownAs, FileTooLargeException.NotWritten), 1 << 16))
                write(buffered);
            return file.Length;
        });

    /// <summary>
    /// The file created and written by <paramref name="write"/>; a write that fails removes it, so no half-written
    /// file stays behind. Unbuffered, so that bytes reach the disk only through <see cref="FileSizeGuard"/>.
    /// </summary>
    private static long Writing(string path, Func<FileStream, long> write)
    {
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        try
        {
            using (file)
                return write(file);
        }
        catch
        {
            File.Delete(path); // ours: created just now, exclusively
            throw;
        }
    }
}
