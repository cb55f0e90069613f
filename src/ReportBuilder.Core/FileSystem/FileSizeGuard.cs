namespace ReportBuilder.Core.FileSystem;

/// <summary>
/// Writes to <paramref name="inner"/> (a file <see cref="NewFile"/> made, or standard output redirected to a file) with
/// EFBIG told as what it is: a <see cref="FileTooLargeException"/> naming <paramref name="shownAs"/>, never the
/// ArgumentOutOfRangeException .NET makes of it, and saying what became of the file (<paramref name="outcome"/>).
/// Write-only.
/// </summary>
internal sealed class FileSizeGuard(Stream inner, string shownAs, string outcome) : Stream
{
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (ArgumentOutOfRangeException e) when (FileTooLargeException.IsEfbig(e))
        {
            // What the file holds now (a write may be cut part-way); standard output cannot be asked.
            throw new FileTooLargeException(shownAs, inner.CanSeek ? inner.Length : null, outcome, e);
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
    public override void WriteByte(byte value) => Write([value]);
    public override void Flush() => inner.Flush();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
