using System.Text;
using ReportBuilder.Core.Output;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Output;

/// <summary>A large file (data.json) goes into the staging tree as it is written, and is carried when out/ has it already.</summary>
public sealed class StreamedOutputTests : OutputFolderTests
{
    private static Action<Stream> Writes(string text) => stream => stream.Write(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_streamed_file_is_written_counted_and_swapped_in_like_any_other()
    {
        OutputWriter.Write(Out, [F("data.json", "old")]);
        using (var staging = OutputStaging.Open(Out))
        {
            staging.Add("data.json", Writes("{\"new\": true}"));
            var result = staging.Commit();
            Assert.Equal((1, 0, 0, 13L), (result.Written, result.Unchanged, result.Removed, result.Bytes));
        }
        Assert.Equal("{\"new\": true}", Read("data.json"));
    }

    [Fact]
    public void A_streamed_file_that_came_out_as_out_s_is_carried_the_very_file()
    {
        OutputWriter.Write(Out, [F("data.json", "same bytes"), F("index.html", "page")]);
        var before = Inode("data.json");
        using (var staging = OutputStaging.Open(Out))
        {
            staging.Add("data.json", Writes("same bytes"));
            staging.Add(F("index.html", "page"));
            var result = staging.Commit();
            Assert.Equal((0, 2), (result.Written, result.Unchanged));
        }
        Assert.Equal("same bytes", Read("data.json"));
        Assert.Equal(before, Inode("data.json"));
    }

    [Fact]
    public void A_streamed_file_of_the_same_length_but_other_bytes_is_written()
    {
        OutputWriter.Write(Out, [F("data.json", "aaaa")]);
        using (var staging = OutputStaging.Open(Out))
        {
            staging.Add("data.json", Writes("aaab"));
            var result = staging.Commit();
            Assert.Equal((1, 0), (result.Written, result.Unchanged));
        }
        Assert.Equal("aaab", Read("data.json"));
    }

    [Fact]
    public void A_link_where_the_streamed_file_goes_is_not_taken_as_out_s_file()
    {
        var elsewhere = Path.Combine(Dir, "elsewhere.json");
        File.WriteAllText(elsewhere, "same bytes");
        OutputWriter.Write(Out, [F("index.html", "page")]);
        File.CreateSymbolicLink(Path.Combine(Out, "data.json"), elsewhere);
        using (var staging = OutputStaging.Open(Out))
        {
            staging.Add("data.json", Writes("same bytes"));
            staging.Add(F("index.html", "page"));
            var result = staging.Commit();
            Assert.Equal((1, 1), (result.Written, result.Unchanged));
        }
        Assert.Null(new FileInfo(Path.Combine(Out, "data.json")).LinkTarget);
        Assert.Equal("same bytes", Read("data.json"));
        Assert.Equal("same bytes", File.ReadAllText(elsewhere));
    }

    [Fact]
    public void A_sink_in_memory_gets_a_streamed_file_s_exact_bytes()
    {
        IOutputSink sink = new MemorySink();
        sink.Add("data.json", Writes("{\"a\": 1}"));
        Assert.Equal("{\"a\": 1}", Encoding.UTF8.GetString(Assert.Single(((MemorySink)sink).Files).Bytes));
    }

    private ulong Inode(string path) => Core.FileSystem.LinuxFiles.LinkStatus(Path.Combine(Out, path))!.Value.Inode;
}
