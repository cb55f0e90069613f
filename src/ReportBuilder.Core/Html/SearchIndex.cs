using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Output;
using ReportBuilder.Core.Views;

namespace ReportBuilder.Core.Html;

/// <summary>
/// out/search/index.js: every claim in a compact form for the search page's script, loaded with a script tag
/// (not fetched), so search works from a site opened from disk. Facet values are listed once and claims refer
/// to them by position.
/// Shape: <c>window.reportbuilderSearch = {facets: {topic, actor, week, measure, stance}, reported: [...], claims: [...]}</c>,
/// a facet value being [id, label] (an actor also has its aliases), <c>reported</c> the distinct "first reported …" dates,
/// a claim being [site-relative url, when said ("said 23 December 2024", "date not given"), statement, [quotes], topic,
/// actor, week, stance, [measures], first reported]: a result shows both dates, as every list of claims does.
/// </summary>
internal static class SearchIndex
{
    public const string Variable = "window.reportbuilderSearch";

    /// <summary>The lists and positions are made once; the writing runs twice (<see cref="ExactBytes"/>).</summary>
    public static byte[] Write(ReportModel model, SiteViews views, TimelineView timeline, Strings strings)
    {
        var claims = timeline.Groups.SelectMany(g => g.Claims).ToList();
        var actorOrder = SubjectViews.ActorOrder(model).ToList();
        var topics = Positions(model.Topics.Select(t => t.Id));
        var actors = Positions(actorOrder.Select(a => a.Id));
        var weeks = claims.Select(c => c.Week).DistinctBy(w => w.Id).OrderBy(w => w.Id, StringComparer.Ordinal).ToList();
        var weekAt = Positions(weeks.Select(w => w.Id));
        var measures = Positions(views.Measures.Select(m => m.Id));
        var stances = claims.Select(c => (c.Stance, c.StanceLabel)).Distinct().OrderBy(s => s.Stance, StringComparer.Ordinal).ToList();
        var stanceAt = Positions(stances.Select(s => s.Stance));
        var reported = claims.Select(c => c.FirstReportedIso).Distinct().Order(StringComparer.Ordinal).ToList();
        var reportedAt = Positions(reported);
        var firstReported = claims.DistinctBy(c => c.FirstReportedIso).ToDictionary(c => c.FirstReportedIso, c => c.FirstReported, StringComparer.Ordinal);

        return ExactBytes.Write(stream =>
        {
            Text(stream, Variable + " = {\n\"facets\": ");
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            json.WriteStartObject();
            Facet(json, "topic", model.Topics.Select(t => new[] { t.Id, t.Title }));
            Facet(json, "actor", actorOrder.Select(a => new[] { a.Id, a.Name, string.Join(" ", a.Aliases) }));
            Facet(json, "week", weeks.Select(w => new[] { w.Id, w.Label }));
            Facet(json, "measure", views.Measures.Select(m => new[] { m.Id, m.Label }));
            Facet(json, "stance", stances.Select(s => new[] { s.Stance, s.StanceLabel }));
            json.WriteEndObject();
            json.Flush();
            Text(stream, ",\n\"reported\": ");
            json.Reset();
            json.WriteStartArray();
            foreach (var iso in reported)
                json.WriteStringValue(strings["claim.first_reported"] + " " + firstReported[iso]);
            json.WriteEndArray();
            json.Flush();
            // One claim a line: compact, and a change to a claim shows as a change to its line.
            Text(stream, ",\n\"claims\": [\n");
            for (var i = 0; i < claims.Count; i++)
            {
                var claim = claims[i];
                if (i > 0)
                    Text(stream, ",\n");
                json.Reset();
                json.WriteStartArray();
                json.WriteStringValue(claim.Url);
                json.WriteStringValue(claim.DateIso == "" ? claim.Date : strings["claim.said"] + " " + claim.Date);
                json.WriteStringValue(claim.Statement);
                json.WriteStartArray();
                foreach (var quote in claim.Evidence.Select(e => e.Quote).Distinct(StringComparer.Ordinal))
                    json.WriteStringValue(quote);
                json.WriteEndArray();
                json.WriteNumberValue(topics[claim.Topic.Id]);
                json.WriteNumberValue(actors[claim.Claimant.Id]);
                json.WriteNumberValue(weekAt[claim.Week.Id]);
                json.WriteNumberValue(stanceAt[claim.Stance]);
                json.WriteStartArray();
                foreach (var measure in claim.Figures.Select(f => f.Measure.Id).Distinct(StringComparer.Ordinal))
                    json.WriteNumberValue(measures[measure]);
                json.WriteEndArray();
                json.WriteNumberValue(reportedAt[claim.FirstReportedIso]);
                json.WriteEndArray();
                json.Flush();
            }
            Text(stream, "\n]};\n");
        });
    }

    private static void Text(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));

    private static void Facet(Utf8JsonWriter json, string name, IEnumerable<string[]> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStartArray();
            foreach (var part in value)
                json.WriteStringValue(part);
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }

    private static Dictionary<string, int> Positions(IEnumerable<string> ids) =>
        ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
}
