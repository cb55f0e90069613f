using System.Text.Encodings.Web;
using System.Text.Json;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Views;

namespace ReportBuilder.Core.Html;

/// <summary>
/// out/data.json: the resolved model for other tools, with the names the data files use. Written in code, not
/// by a template: it is a data contract, and JSON escaping is no job for a text template. Its shape is
/// <c>data.schema.json</c> (JSON Schema 2020-12), published beside it; <c>schema</c> is that schema's version.
/// </summary>
internal static class DataJson
{
    /// <summary>Goes up when a field is removed, renamed or changes meaning (data.schema.json's "const" follows it).</summary>
    public const int SchemaVersion = 1;

    private const int FlushAt = 1 << 16;

    /// <summary>data.schema.json, as it is published.</summary>
    public static byte[] Schema { get; } = ReadSchema();

    private static byte[] ReadSchema()
    {
        using var resource = typeof(DataJson).Assembly.GetManifestResourceStream("data.schema.json")!;
        using var bytes = new MemoryStream();
        resource.CopyTo(bytes);
        return bytes.ToArray();
    }

    /// <summary>Writes data.json onto <paramref name="stream"/>, the same bytes each time (the sink may ask twice).</summary>
    public static void Write(ReportModel model, Stream stream)
    {
        var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartObject();
            json.WriteNumber("schema", SchemaVersion);
            json.WriteStartObject("site");
            json.WriteString("title", model.Site.Title);
            json.WriteString("publisher", model.Site.Publisher);
            json.WriteString("base_url", model.Site.BaseUrl);
            json.WriteString("language", model.Site.Language);
            json.WriteString("as_of", model.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteEndObject();
            Array(json, "actors", model.Actors, (j, a) =>
            {
                j.WriteString("id", a.Id);
                j.WriteString("name", a.Name);
                Array(j, "aliases", a.Aliases, (k, alias) => k.WriteStringValue(alias), objects: false);
                j.WriteString("kind", a.Kind);
                j.WriteString("country", a.Country);
                j.WriteString("role", a.Role);
                j.WriteString("note", a.Note);
            });
            Array(json, "measures", model.Measures, (j, m) =>
            {
                j.WriteString("id", m.Id);
                j.WriteString("label", m.Label);
                j.WriteString("unit", m.Unit);
                j.WriteString("kind", DataNames.Name(m.Kind));
                j.WriteString("description", m.Description);
            });
            Array(json, "sources", model.Sources, WriteSource);
            Array(json, "topics", model.Topics, (j, t) =>
            {
                j.WriteString("id", t.Id);
                j.WriteString("title", t.Title);
                j.WriteString("summary", t.Summary);
                Array(j, "claims", t.Claims, WriteClaim);
            });
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }

    private static void WriteSource(Utf8JsonWriter j, Source s)
    {
        j.WriteString("id", s.Id);
        j.WriteString("title", s.Title);
        j.WriteBoolean("title_is_headline", s.TitleIsHeadline);
        j.WriteString("outlet", s.Outlet);
        j.WriteString("published", s.Published.ToString());
        j.WriteString("url", s.Url);
        j.WriteString("text", s.TextFile);
        j.WriteString("note", s.Note);
        Array(j, "lines", s.Lines, (k, line) => k.WriteStringValue(line), objects: false);
        Array(j, "not_used", s.NotUsed, (k, u) =>
        {
            k.WriteNumber("line", u.Line);
            k.WriteString("reason", u.Reason);
        });
    }

    private static void WriteClaim(Utf8JsonWriter j, Claim c)
    {
        j.WriteString("id", c.Id);
        j.WriteString("statement", c.Statement);
        j.WriteString("claimant", c.ClaimantId);
        j.WriteString("said_on", c.SaidOn?.ToString());
        j.WriteString("first_reported", c.FirstReported.ToString());
        j.WriteString("week", c.Week.ToString());
        j.WriteString("stance", DataNames.Name(c.Stance));
        Array(j, "evidence", c.Evidence, (k, e) =>
        {
            k.WriteString("source", e.SourceId);
            k.WriteNumber("line", e.Line);
            k.WriteString("quote", e.Quote);
        });
        Array(j, "figures", c.Figures, (k, f) =>
        {
            k.WriteString("measure", f.MeasureId);
            if (f.Value is { } v) k.WriteNumber("value", v);
            if (f.Min is { } min) k.WriteNumber("min", min);
            if (f.Max is { } max) k.WriteNumber("max", max);
            k.WriteString("qualifier", DataNames.Name(f.Qualifier));
            k.WriteString("text", FigureText.Describe(f));
            if (f.Derived is { } derived) k.WriteString("derived", derived);
        });
        Array(j, "disputes", c.Disputes, (k, id) => k.WriteStringValue(id), objects: false);
        j.WriteString("note", c.Note);
    }

    private static void Array<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write, bool objects = true)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            if (objects) json.WriteStartObject();
            write(json, item);
            if (objects) json.WriteEndObject();
            // The writer holds what it wrote until flushed: hand it on as it goes, so the file is never held twice.
            if (json.BytesPending > FlushAt)
                json.Flush();
        }
        json.WriteEndArray();
    }
}
