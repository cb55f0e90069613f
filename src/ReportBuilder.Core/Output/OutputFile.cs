namespace ReportBuilder.Core.Output;

/// <summary>One file of a build: its path inside out/ ('/' separators, never leaving out/) and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Bytes)
{
    public static OutputFile Text(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));
}
