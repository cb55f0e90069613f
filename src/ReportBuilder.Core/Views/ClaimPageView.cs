using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Views;

/// <summary>
/// A claim's own page, the citable unit: the claim as every page shows it, each quote inside its source line with the
/// lines around it, and the claims before and after it in its topic's order (its topic pages' order).
/// </summary>
internal sealed record ClaimPageView(ClaimView Claim, IReadOnlyList<QuoteInLineView> Quotes, LinkView? Previous, LinkView? Next)
{
    /// <summary>The claimant as the data has them, for the page's structured data.</summary>
    internal Actor Claimant { get; init; } = null!;

    /// <summary>When the claimant said it, as the data has it (null when not given), for the page's structured data.</summary>
    internal PartialDate? SaidOn { get; init; }

    /// <summary>The claim's sources, earliest published first (the order that gives the claim's date first reported), each once: the first is where it first appeared.</summary>
    internal IReadOnlyList<Source> Sources { get; init; } = [];
}

/// <summary>
/// A verbatim quote shown where it stands: <see cref="LineStart"/>, the quote, <see cref="LineEnd"/> make its whole
/// source line; <see cref="Before"/> and <see cref="After"/> are the nearest non-blank lines around it, when it has them.
/// </summary>
internal sealed record QuoteInLineView(
    EvidenceView Evidence, string TitleNote, string Outlet, string Published, string PublishedIso, string ExternalUrl,
    SourceLineTextView? Before, string LineStart, string LineEnd, SourceLineTextView? After);

/// <summary>A line of a source by its number, with the address of its anchor on the source's page.</summary>
internal sealed record SourceLineTextView(int Number, string Url, string Text);

/// <summary>A claim with the claims before and after it in its topic's order (<see cref="ClaimPageViews.TopicOrder"/>), for its page.</summary>
internal sealed record ClaimInTopic(Claim Claim, Claim? Previous, Claim? Next);

internal static class ClaimPageViews
{
    /// <summary>Every claim, topic by topic, each topic's claims in its pages' order (see <see cref="TopicOrder"/>): a page each.</summary>
    public static IEnumerable<ClaimInTopic> InTopicOrder(ViewIndex index)
    {
        foreach (var topic in index.Model.Topics)
        {
            var claims = TopicOrder(index, topic.Id);
            for (var i = 0; i < claims.Count; i++)
                yield return new ClaimInTopic(claims[i], i > 0 ? claims[i - 1] : null, i + 1 < claims.Count ? claims[i + 1] : null);
        }
    }

    /// <summary>A topic's claims as its pages list them: by the week first reported, the data's order within a week.</summary>
    public static IReadOnlyList<Claim> TopicOrder(ViewIndex index, string topicId) => [.. index.ClaimsOfTopic(topicId).OrderBy(c => c.Week)];

    public static ClaimPageView Build(ViewIndex index, ClaimInTopic inTopic)
    {
        var (claim, previous, next) = inTopic;
        var model = index.Model;
        return new ClaimPageView(index.Claim(claim), [.. claim.Evidence.Select(e => Quote(index, e))],
            previous is null ? null : index.ClaimLink(previous), next is null ? null : index.ClaimLink(next))
        {
            Claimant = model.ActorById[claim.ClaimantId],
            SaidOn = claim.SaidOn,
            Sources = [.. claim.Evidence.Select(e => model.SourceById[e.SourceId]).DistinctBy(s => s.Id)
                .OrderBy(s => s.Published).ThenBy(s => s.Id, StringComparer.Ordinal)],
        };
    }

    private static QuoteInLineView Quote(ViewIndex index, Evidence evidence)
    {
        var source = index.Model.SourceById[evidence.SourceId];
        var line = source.Lines[evidence.Line - 1];
        // Validation holds every quote to occur byte for byte in its line.
        var at = line.IndexOf(evidence.Quote, StringComparison.Ordinal);
        if (at < 0)
            throw new InvalidOperationException($"the quote of a claim is not in line {evidence.Line} of source '{source.Id}'");
        return new QuoteInLineView(index.Evidence(evidence), index.Format.TitleNote(source), source.Outlet ?? "",
            index.Format.Date(source.Published), source.Published.ToString(), source.Url ?? "",
            Neighbour(source, evidence.Line, -1), line[..at], line[(at + evidence.Quote.Length)..], Neighbour(source, evidence.Line, +1));
    }

    /// <summary>The nearest non-blank line before (step −1) or after (step +1) a line, or null at the document's edge.</summary>
    private static SourceLineTextView? Neighbour(Source source, int line, int step)
    {
        for (var n = line + step; n >= 1 && n <= source.Lines.Count; n += step)
        {
            if (!Source.IsBlank(source.Lines[n - 1]))
                return new SourceLineTextView(n, SitePaths.SourceLine(source.Id, n), source.Lines[n - 1]);
        }
        return null;
    }
}
