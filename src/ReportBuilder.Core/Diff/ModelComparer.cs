using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Diff;

/// <summary>Compares two models semantically: by id, field by field, never line by line.</summary>
internal static class ModelComparer
{
    public static ModelDiff Compare(ReportModel before, ReportModel after, string baseName, string headName, IReadOnlyList<OutputChange> outputs)
    {
        var claims = CompareClaims(before, after);
        // A renamed claim's figures are the same figures: compare them under the new id.
        var renamed = claims.Where(c => c.Kind == ChangeKind.Renamed).ToDictionary(c => c.OldId!, c => c.Id, StringComparer.Ordinal);
        var figures = CompareFigures(before, after, renamed);
        var entities = new List<EntityChange>();
        entities.AddRange(CompareEntities("source", before.Sources, after.Sources, s => s.Id, SourceFields));
        entities.AddRange(CompareEntities("actor", before.Actors, after.Actors, a => a.Id, ActorFields));
        entities.AddRange(CompareEntities("measure", before.Measures, after.Measures, m => m.Id, MeasureFields));
        entities.AddRange(CompareEntities("topic", before.Topics, after.Topics, t => t.Id, TopicFields));
        return new ModelDiff(baseName, headName, claims, figures, entities, outputs);
    }

    private static List<ClaimChange> CompareClaims(ReportModel before, ReportModel after)
    {
        var removed = before.Claims.Where(c => !after.ClaimById.ContainsKey(c.Id)).ToList();
        var added = after.Claims.Where(c => !before.ClaimById.ContainsKey(c.Id)).ToList();
        var changes = new List<ClaimChange>();
        // A removed and an added claim with the same content is one claim renamed.
        foreach (var old in removed.ToList())
        {
            var renamed = added.FirstOrDefault(a => Content(a) == Content(old));
            if (renamed is null)
                continue;
            changes.Add(new ClaimChange(ChangeKind.Renamed, renamed.Id, old.Id, renamed.TopicId, [new FieldChange("id", old.Id, renamed.Id)]));
            removed.Remove(old);
            added.Remove(renamed);
        }
        changes.AddRange(added.Select(c => new ClaimChange(ChangeKind.Added, c.Id, null, c.TopicId, ClaimFields(null, c))));
        changes.AddRange(removed.Select(c => new ClaimChange(ChangeKind.Removed, c.Id, null, c.TopicId, ClaimFields(c, null))));
        foreach (var claim in after.Claims)
        {
            if (before.ClaimById.TryGetValue(claim.Id, out var old) && ClaimFields(old, claim) is { Count: > 0 } fields)
                changes.Add(new ClaimChange(ChangeKind.Changed, claim.Id, null, claim.TopicId, fields));
        }
        return [.. changes.OrderBy(c => c.Kind).ThenBy(c => c.Id, StringComparer.Ordinal)];
    }

    /// <summary>Every field of a claim but its id, flattened to comparable text.</summary>
    private static string Content(Claim c) => string.Join("\n", ClaimValues(c).Select(v => $"{v.Field}={v.Value}"));

    private static IEnumerable<(string Field, string? Value)> ClaimValues(Claim c)
    {
        yield return ("topic", c.TopicId);
        yield return ("statement", c.Statement);
        yield return ("claimant", c.ClaimantId);
        yield return ("said_on", c.SaidOn?.ToString());
        yield return ("stance", DataNames.Name(c.Stance));
        foreach (var e in c.Evidence)
            yield return ($"evidence {e.SourceId}:{e.Line}", e.Quote);
        foreach (var group in c.Figures.GroupBy(f => f.MeasureId, StringComparer.Ordinal))
        {
            yield return ($"figure {group.Key}", string.Join("; ", group.Select(FigureText.Describe)));
            if (group.Any(f => f.Derived is not null))
                yield return ($"figure {group.Key} derived", string.Join("; ", group.Select(f => f.Derived ?? "-")));
        }
        yield return ("disputes", c.Disputes.Count == 0 ? null : string.Join(", ", c.Disputes));
        yield return ("note", c.Note);
    }

    /// <summary>Field-by-field changes between two versions of a claim (either may be null).</summary>
    private static List<FieldChange> ClaimFields(Claim? old, Claim? @new)
    {
        var before = old is null ? [] : ClaimValues(old).ToList();
        var after = @new is null ? [] : ClaimValues(@new).ToList();
        var names = before.Select(v => v.Field).Concat(after.Select(v => v.Field)).Distinct(StringComparer.Ordinal);
        var changes = new List<FieldChange>();
        foreach (var name in names)
        {
            var o = before.FirstOrDefault(v => v.Field == name).Value;
            var n = after.FirstOrDefault(v => v.Field == name).Value;
            if (!string.Equals(o, n, StringComparison.Ordinal))
                changes.Add(new FieldChange(name, o, n));
        }
        return changes;
    }

    /// <summary>Figures keyed by claim and measure, described with the claimant's name and the claim's date.</summary>
    private static List<FigureChange> CompareFigures(ReportModel before, ReportModel after, Dictionary<string, string> renamed)
    {
        var old = Figures(before).ToDictionary(kv => (kv.Key.Measure, Claim: renamed.GetValueOrDefault(kv.Key.Claim, kv.Key.Claim)), kv => kv.Value);
        var @new = Figures(after);
        var changes = new List<FigureChange>();
        foreach (var key in old.Keys.Union(@new.Keys).Order())
        {
            old.TryGetValue(key, out var o);
            @new.TryGetValue(key, out var n);
            if (string.Equals(o.Text, n.Text, StringComparison.Ordinal))
                continue;
            var (claimant, date, evidence) = n.Text is not null ? (n.Claimant, n.Date, n.Evidence) : (o.Claimant, o.Date, o.Evidence);
            changes.Add(new FigureChange(key.Measure, claimant!, date!, key.Claim, o.Text, n.Text, evidence!));
        }
        return [.. changes.OrderBy(c => c.MeasureId, StringComparer.Ordinal).ThenBy(c => c.Date, StringComparer.Ordinal).ThenBy(c => c.ClaimId, StringComparer.Ordinal)];
    }

    private static Dictionary<(string Measure, string Claim), (string? Text, string? Claimant, string? Date, IReadOnlyList<QuotedEvidence>? Evidence)> Figures(ReportModel model) =>
        model.Claims.SelectMany(c => c.Figures.GroupBy(f => f.MeasureId, StringComparer.Ordinal).Select(g => (Claim: c, Group: g)))
            .ToDictionary(
                x => (x.Group.Key, x.Claim.Id),
                x => ((string?)string.Join("; ", x.Group.Select(FigureText.Describe)), (string?)model.ActorById[x.Claim.ClaimantId].Name,
                    (string?)(x.Claim.SaidOn?.ToString() ?? "undated"),
                    (IReadOnlyList<QuotedEvidence>?)[.. x.Claim.Evidence.Select(e => new QuotedEvidence(e.SourceId, e.Line, e.Quote))]));

    private static IEnumerable<EntityChange> CompareEntities<T>(string kind, IReadOnlyList<T> before, IReadOnlyList<T> after,
        Func<T, string> id, Func<T, IEnumerable<(string Field, string? Value)>> fields)
    {
        var old = before.ToDictionary(id, StringComparer.Ordinal);
        var @new = after.ToDictionary(id, StringComparer.Ordinal);
        foreach (var key in old.Keys.Union(@new.Keys).Order(StringComparer.Ordinal))
        {
            var o = old.TryGetValue(key, out var ov) ? fields(ov).ToList() : null;
            var n = @new.TryGetValue(key, out var nv) ? fields(nv).ToList() : null;
            if (o is null)
                yield return new EntityChange(kind, ChangeKind.Added, key, [.. n!.Select(f => new FieldChange(f.Field, null, f.Value))]);
            else if (n is null)
                yield return new EntityChange(kind, ChangeKind.Removed, key, [.. o.Select(f => new FieldChange(f.Field, f.Value, null))]);
            else if (o.Zip(n).Where(p => !string.Equals(p.First.Value, p.Second.Value, StringComparison.Ordinal))
                         .Select(p => new FieldChange(p.First.Field, p.First.Value, p.Second.Value)).ToList() is { Count: > 0 } changed)
                yield return new EntityChange(kind, ChangeKind.Changed, key, changed);
        }
    }

    private static IEnumerable<(string, string?)> SourceFields(Source s) =>
        [("title", s.Title), ("title_is_headline", s.TitleIsHeadline ? "yes" : "no"), ("outlet", s.Outlet), ("published", s.Published.ToString()), ("url", s.Url),
         ("text", string.Join("\n", s.Lines)), ("not_used", string.Join(", ", s.NotUsed.Select(u => $"{u.Line}: {u.Reason}"))), ("note", s.Note)];

    private static IEnumerable<(string, string?)> ActorFields(Actor a) =>
        [("name", a.Name), ("aliases", string.Join(", ", a.Aliases)), ("kind", a.Kind), ("country", a.Country), ("role", a.Role), ("note", a.Note)];

    private static IEnumerable<(string, string?)> MeasureFields(Measure m) =>
        [("label", m.Label), ("unit", m.Unit), ("kind", DataNames.Name(m.Kind)), ("description", m.Description)];

    private static IEnumerable<(string, string?)> TopicFields(Topic t) => [("title", t.Title), ("summary", t.Summary)];
}
