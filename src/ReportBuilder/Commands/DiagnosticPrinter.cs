using System.Text;
using System.Text.Json;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Model;

namespace ReportBuilder.Commands;

/// <summary>Prints diagnostics for people (text), for tools (json) and for GitHub Actions (workflow annotations).</summary>
internal static class DiagnosticPrinter
{
    public static void Text(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer, bool colour)
    {
        foreach (var d in diagnostics)
        {
            var error = colour ? "\e[1;31merror\e[0m" : "error";
            var span = Terminal.Safe(d.Span.ToString());
            var place = colour ? $"\e[1m{span}\e[0m" : span;
            writer.WriteLine($"{place}: {error} {d.Code}: {Terminal.Safe(d.Message)}");
            if (d.Hint is not null)
                writer.WriteLine($"  hint: {Terminal.Safe(d.Hint)}");
        }
    }

    /// <summary>GitHub's workflow command: the pull request shows each error on its line.</summary>
    public static void GitHub(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var d in diagnostics)
        {
            var place = d.Span.Line > 0
                ? $"file={Property(d.Span.Path)},line={d.Span.Line},col={d.Span.Column}"
                : $"file={Property(d.Span.Path)}";
            var message = d.Hint is null ? d.Message : $"{d.Message}\nhint: {d.Hint}";
            writer.WriteLine($"::error {place},title={d.Code}::{Data(message)}");
        }
    }

    public static void Json(IReadOnlyList<Diagnostic> diagnostics, bool valid, ModelSummary? summary, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteBoolean("valid", valid);
            json.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("code", d.Code);
                json.WriteString("path", d.Span.Path);
                json.WriteNumber("line", d.Span.Line);
                json.WriteNumber("column", d.Span.Column);
                json.WriteString("message", d.Message);
                if (d.Hint is null) json.WriteNull("hint"); else json.WriteString("hint", d.Hint);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (summary is not null)
            {
                json.WriteStartObject("summary");
                json.WriteNumber("sources", summary.Sources);
                json.WriteNumber("actors", summary.Actors);
                json.WriteNumber("measures", summary.Measures);
                json.WriteNumber("topics", summary.Topics);
                json.WriteNumber("claims", summary.Claims);
                json.WriteNumber("evidence", summary.Evidence);
                json.WriteNumber("figures", summary.Figures);
                json.WriteNumber("lines_accounted", summary.LinesAccounted);
                json.WriteNumber("lines_total", summary.LinesTotal);
                json.WriteNumber("lines_uncurated", summary.LinesUncurated);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string Data(string text) =>
        Terminal.Safe(text).Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
