namespace ReportBuilder.Core.Output;

/// <summary>
/// A large file written into one array of exactly its size: the writer runs twice, first onto a stream that only
/// counts, then into the array. A growing buffer would hold up to twice the file and then copy it once more
/// (the search index is 14 MB at 50,000 claims); this holds the file once, for a second pass of CPU. What a sink that
/// keeps files in memory does with a streamed file (<see cref="IOutputSink.Add(string, Action{Stream})"/>).
/// </summary>
internal static class ExactBytes
{
    public static byte[] Write(Action<Stream> write)
    {
        var counting = new CountingStream();
        write(counting);
        var bytes = new byte[counting.Length];
        using var stream = new MemoryStream(bytes, writable: true);
        write(stream);
        if (stream.Position != bytes.Length)
            throw new InvalidOperationException($"the second pass wrote {stream.Position} bytes, the first {bytes.Length}");
        return bytes;
    }

    /// <summary>A stream that keeps nothing and counts what is written to it.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
        public override void WriteByte(byte value) => _length++;
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
