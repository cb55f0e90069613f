using System.Globalization;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Validation;

internal sealed partial class Validator
{
    private static readonly string[] SheetFields = ["id", "title", "summary", "claims"];
    private static readonly string[] ClaimFields = ["id", "statement", "claimant", "said_on", "stance", "evidence", "figures", "disputes", "note"];
    private static readonly string[] EvidenceFields = ["source", "line", "quote"];
    private static readonly string[] FigureFields = ["measure", "value", "min", "max", "qualifier", "derived"];

    private readonly Dictionary<string, SourceSpan> _claimIds = new(StringComparer.Ordinal);

    /// <summary>The claim ids a sheet's reader met, in order: checked for duplicates across sheets, in sheet order, once all are read.</summary>
    private readonly List<(string Id, SourceSpan Span)> _claimIdsRead = [];

    /// <summary>Every (source, line) an evidence entry points at, even in a claim that is otherwise broken.</summary>
    private readonly HashSet<(string Source, int Line)> _cited = [];

    /// <summary>A sheet that could not be read at all: its citations are unknown, so coverage cannot be judged.</summary>
    private bool _unreadableSheet;

    /// <summary>Reads data/sheets/&lt;topic&gt;.yaml, resolving every reference against what was read before.</summary>
    private List<Topic> ReadSheets(Dictionary<string, Actor> actors, HashSet<string> measures, Dictionary<string, Source> sources)
    {
        var references = new References(actors, measures, sources);
        var sheets = files.Under(SheetsFolder).Where(f => IsYaml(f.Path)).ToList();
        if (sheets.Count == 0)
            bag.Add(Codes.MissingFile, SourceSpan.File(SheetsFolder), "there are no topic sheets", "add data/sheets/<topic>.yaml with a title and claims");
        // Each sheet is read on its own core by its own reader (its own bag, citations, disputes, ids), then merged
        // in sheet order: the diagnostics are sorted whatever order they come in, and duplicate ids across sheets are
        // found in the order a single reader would find them, so the result is the same on any number of cores.
        var readers = new (Validator Reader, DiagnosticBag Bag, Topic? Topic)[sheets.Count];
        Parallel.For(0, sheets.Count, i =>
        {
            var sheetBag = new DiagnosticBag();
            var reader = new Validator(documents, sheetBag);
            reader._brokenSources.UnionWith(_brokenSources);
            readers[i] = (reader, sheetBag, reader.ReadSheet(sheets[i], references));
        });
        var topics = new List<Topic>();
        foreach (var (reader, sheetBag, topic) in readers)
        {
            bag.AddRange(sheetBag.ToSortedList());
            _unreadableSheet |= reader._unreadableSheet;
            _cited.UnionWith(reader._cited);
            _disputes.AddRange(reader._disputes);
            foreach (var (id, span) in reader._claimIdsRead)
            {
                if (!_claimIds.TryAdd(id, span))
                    bag.Add(Codes.DuplicateId, span, $"duplicate claim id '{id}' (first at {_claimIds[id]})",
                        "claim ids are unique across all sheets: make this one say what is different about it");
            }
            if (topic is not null)
                topics.Add(topic);
        }
        return topics;
    }

    /// <summary>One sheet: its topic, or null when it has no valid id, cannot be read or has no title.</summary>
    private Topic? ReadSheet(ProjectFile file, References references)
    {
        if (IdFromFileName(file.Path) is not { } topicId)
            return null;
        var fields = Fields.Of(ReadYaml(file.Path, required: true), $"sheet '{topicId}'", SheetFields, bag);
        if (fields is null)
        {
            _unreadableSheet = true;
            return null;
        }
        // DESIGN.md lists an id in a sheet; the file name is the id, so a written one must agree with it.
        if (fields.Id("id", required: false) is { } written && written != topicId)
            bag.Add(Codes.InvalidId, fields.SpanOf("id"), $"the sheet's id '{written}' is not its file name '{topicId}'",
                $"rename the file to {written}.yaml, or write 'id: {topicId}' (or leave 'id' out)");
        var title = fields.Text("title", required: true);
        var summary = fields.Text("summary", required: false) ?? "";
        var claims = new List<Claim>();
        foreach (var item in fields.List("claims", required: true))
        {
            if (ReadClaim(item, topicId, references) is { } claim)
                claims.Add(claim);
        }
        return title is null ? null : new Topic(topicId, title, summary, ClaimOrder.Sort(claims), fields.Span);
    }

    private sealed record References(Dictionary<string, Actor> Actors, HashSet<string> Measures, Dictionary<string, Source> Sources);

    private Claim? ReadClaim(YNode item, string topicId, References refs)
    {
        var f = Fields.Of(item, "a claim", ClaimFields, bag);
        if (f is null)
            return null;
        var id = f.Id("id");
        if (id is not null)
            _claimIdsRead.Add((id, f.SpanOf("id")));
        var statement = f.Text("statement", required: true);
        var claimant = Reference(f, "claimant", refs.Actors.Keys, "actor", () => ActorHint(f, refs.Actors));
        var saidOn = f.Date("said_on", required: false);
        var stanceName = f.OneOf("stance", DataNames.Stances, required: true);
        var note = f.Text("note", required: false);
        var evidenceItems = f.List("evidence", required: true);
        var evidence = evidenceItems.Select(e => ReadEvidence(e, refs.Sources)).OfType<Evidence>().ToList();
        // A figure's numbers are checked against the quotes only when every quote is verbatim: otherwise RB0120 says why.
        var quotes = evidence.Count == evidenceItems.Count ? evidence.Select(e => e.Quote).ToList() : null;
        var figures = f.List("figures", required: false).Select(e => ReadFigure(e, refs.Measures, quotes)).OfType<Figure>().ToList();
        var disputes = ReadDisputes(f, id);
        if (id is null || statement is null || claimant is null || stanceName is null || evidence.Count == 0)
            return null;
        var earliest = evidence.Select(e => refs.Sources[e.SourceId]).MinBy(s => s.Published)!;
        if (saidOn is { } said && said.Start > earliest.Published.End)
            bag.Add(Codes.SaidAfterPublished, f.SpanOf("said_on"),
                $"said_on {said} is after source '{earliest.Id}' was published ({earliest.Published})",
                "a source cannot report what was said after it was published: check the date");
        var stance = Enum.GetValues<Stance>().Single(s => DataNames.Name(s) == stanceName);
        return new Claim(id, topicId, statement, claimant, saidOn, stance, evidence, figures, earliest.Published, f.Span)
            { Note = note, Disputes = disputes };
    }

    private Evidence? ReadEvidence(YNode item, Dictionary<string, Source> sources)
    {
        var f = Fields.Of(item, "an evidence entry", EvidenceFields, bag);
        if (f is null)
            return null;
        var sourceId = Reference(f, "source", sources.Keys, "source", null, _brokenSources);
        var line = f.PositiveInt("line");
        var quote = f.Text("quote", required: true);
        if (sourceId is not null && line is not null)
            _cited.Add((sourceId, line.Value));
        if (sourceId is null || line is null || quote is null)
            return null;
        var source = sources[sourceId];
        if (line > source.Lines.Count)
        {
            bag.Add(Codes.LineOutOfRange, f.SpanOf("line"), $"source '{sourceId}' has {source.Lines.Count} lines, not {line}",
                $"count lines from 1 in {source.TextFile}");
            return null;
        }
        if (!source.Lines[line.Value - 1].Contains(quote, StringComparison.Ordinal))
        {
            var elsewhere = source.Lines.Select((text, i) => (text, i)).FirstOrDefault(l => l.text.Contains(quote, StringComparison.Ordinal));
            var nearest = elsewhere.text is null ? NearestText.Describe(quote, source.Lines[line.Value - 1]) : null;
            bag.Add(Codes.QuoteNotInLine, f.SpanOf("quote"), $"the quote is not in line {line} of source '{sourceId}'" + (nearest is null ? "" : ": " + nearest),
                elsewhere.text is not null
                    ? $"it is in line {elsewhere.i + 1}: fix 'line'"
                    : "a quote must match the source byte for byte: copy it from the .txt file (curly quotes, dashes and all)");
            return null;
        }
        return new Evidence(sourceId, line.Value, quote, f.Span);
    }

    private Figure? ReadFigure(YNode item, HashSet<string> measures, IReadOnlyList<string>? quotes)
    {
        var f = Fields.Of(item, "a figure", FigureFields, bag);
        if (f is null)
            return null;
        var measure = Reference(f, "measure", measures, "measure", null);
        var errorsBefore = bag.Count;
        var value = f.Number("value");
        var min = f.Number("min");
        var max = f.Number("max");
        var qualifierName = f.OneOf("qualifier", DataNames.Qualifiers, required: true);
        var derived = f.Text("derived", required: false);
        if (derived is { Length: 0 })
        {
            // An empty reason would let any number skip the quote check, unmarked.
            bag.Add(Codes.MissingField, f.Span, "'derived' of a figure is empty", "say how the desk derived the number, as 'derived: \"…\"', or remove 'derived'");
            return null;
        }
        if (measure is null || qualifierName is null || bag.Count > errorsBefore)
            return null;
        var qualifier = Enum.GetValues<Qualifier>().Single(q => DataNames.Name(q) == qualifierName);
        var isRange = min is not null && max is not null;
        string? problem = null;
        if (value is null && min is null && max is null)
            problem = "a figure needs 'value', or 'min' and/or 'max'";
        else if (value is not null && (min is not null || max is not null))
            problem = "a figure has either 'value' or a range ('min', 'max'), not both";
        else if (isRange && min > max)
            problem = string.Create(CultureInfo.InvariantCulture, $"min {min} is greater than max {max}");
        else if ((qualifier == Qualifier.Between) != isRange)
            problem = isRange ? "a range with both ends is qualified 'between'" : "'between' needs both 'min' and 'max'";
        else if (qualifier is Qualifier.Exactly or Qualifier.About && value is null)
            problem = $"'{qualifierName}' qualifies a single 'value', not a range";
        else if (qualifier is Qualifier.AtLeast or Qualifier.MoreThan && (min is null || max is not null))
            problem = $"'{qualifierName}' qualifies a lower bound: write it as 'min'";
        else if (qualifier is Qualifier.UpTo && (max is null || min is not null))
            problem = "'up-to' qualifies an upper bound: write it as 'max'";
        if (problem is not null)
        {
            bag.Add(Codes.InvalidFigure, f.Span, problem,
                "write 'value: 11000' (with exactly/about), 'min: 3000' (at-least/more-than), 'max: 12000' (up-to), or 'min' and 'max' (between)");
            return null;
        }
        if (derived is null && quotes is not null)
            CheckNumbersQuoted(f, quotes, ("value", value), ("min", min), ("max", max));
        return new Figure(measure, value, min, max, qualifier, f.Span) { Derived = derived };
    }

    /// <summary>A figure's value, min and max each stand in one of its claim's quotes, unless it says it is derived.</summary>
    private void CheckNumbersQuoted(Fields f, IReadOnlyList<string> quotes, params (string Field, decimal? Number)[] numbers)
    {
        var quoted = quotes.SelectMany(QuoteNumbers.In).ToHashSet();
        foreach (var (field, number) in numbers)
        {
            if (number is { } n && !quoted.Contains(n))
                bag.Add(Codes.NumberNotInQuotes, f.SpanOf(field), $"{FigureText.Number(n)} appears in none of the claim's quotes",
                    quoted.Count == 0
                        ? "quote the words that give the number, or, if it is your arithmetic, say how with 'derived: \"…\"'"
                        : $"the quotes give {string.Join(", ", quoted.Order().Select(FigureText.Number))}: fix the figure, quote the words that give it, or say how you derived it with 'derived: \"…\"'");
        }
    }

    /// <summary>
    /// Reads an id that must name something already read (<paramref name="known"/>: a set or a dictionary's keys, so
    /// looking it up is not a scan); reports a dangling one with <paramref name="hint"/>, asked only then, or "did you mean".
    /// </summary>
    private string? Reference(Fields f, string field, ICollection<string> known, string what, Func<string?>? hint, IReadOnlySet<string>? broken = null)
    {
        var id = f.Text(field, required: true);
        if (id is null || known.Contains(id))
            return id;
        if (broken is not null && broken.Contains(id))
            return null; // it exists but did not validate: its own diagnostics say why

        bag.Add(Codes.UnresolvedReference, f.SpanOf(field), $"no {what} has the id '{id}'",
            hint?.Invoke() ?? Suggestions.DidYouMean(id, known, $"add it, or use one of the ids in the {what}s"));
        return null;
    }

    /// <summary>A claimant written as a name or alias ("Zelensky") points at the actor's id.</summary>
    private static string? ActorHint(Fields f, Dictionary<string, Actor> actors)
    {
        var text = (f.Node("claimant") as YScalar)?.Value;
        var byName = text is null ? null : actors.Values.FirstOrDefault(a =>
            a.Aliases.Prepend(a.Name).Any(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)));
        return byName is null ? null : $"'{text}' is a name of actor '{byName.Id}': write its id";
    }
}
