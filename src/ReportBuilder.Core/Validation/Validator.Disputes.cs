using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Model;

namespace ReportBuilder.Core.Validation;

internal sealed partial class Validator
{
    /// <summary>Each <c>disputes:</c> entry, checked once every sheet is read, since it may name a claim of another sheet.</summary>
    private readonly List<(string Claim, string Disputed, SourceSpan Span)> _disputes = [];

    /// <summary>A claim's <c>disputes:</c> list: ids of claims it explicitly disputes.</summary>
    private IReadOnlyList<string> ReadDisputes(Fields f, string? claimId)
    {
        var ids = new List<string>();
        foreach (var item in f.List("disputes", required: false))
        {
            if (item is YScalar { IsNull: false } scalar)
            {
                ids.Add(scalar.Value);
                _disputes.Add((claimId ?? "", scalar.Value, item.Span));
            }
            else
                bag.Add(Codes.WrongType, item.Span, $"each item of 'disputes' must be a claim id, not {item.Kind}", "write '- <claim-id>'");
        }
        return ids;
    }

    private void CheckDisputes()
    {
        foreach (var (claim, disputed, span) in _disputes)
        {
            if (!_claimIds.ContainsKey(disputed))
                bag.Add(Codes.UnresolvedReference, span, $"no claim has the id '{disputed}'",
                    Suggestions.DidYouMean(disputed, _claimIds.Keys, "name the claim this one explicitly disputes by its id"));
            else if (string.Equals(claim, disputed, StringComparison.Ordinal))
                bag.Add(Codes.DisputesItself, span, $"claim '{claim}' disputes itself",
                    "'disputes' names another claim that this one denies or contradicts, as the evidence records it");
        }
    }
}
