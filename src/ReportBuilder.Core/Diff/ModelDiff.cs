namespace ReportBuilder.Core.Diff;

internal enum ChangeKind { Added, Removed, Changed, Renamed }

/// <summary>One field of a record that changed: old → new, as the data writes them (null: absent).</summary>
internal sealed record FieldChange(string Field, string? Old, string? New);

/// <summary>A claim added, removed, renamed (same content, new id) or changed field by field.</summary>
internal sealed record ClaimChange(ChangeKind Kind, string Id, string? OldId, string Topic, IReadOnlyList<FieldChange> Fields);

/// <summary>
/// A figure that changed, per measure, claimant and date:
/// "nk-casualties-kursk · Zelenskyy · 2024-12-23: more than 3,000 → more than 3,100", with the evidence its claim
/// rests on (on the new side; on the old side when the figure was removed).
/// </summary>
internal sealed record FigureChange(string MeasureId, string Claimant, string Date, string ClaimId, string? Old, string? New,
    IReadOnlyList<QuotedEvidence> Evidence)
{
    public override string ToString() => $"{MeasureId} · {Claimant} · {Date}: {Old ?? "(none)"} → {New ?? "(none)"}";
}

/// <summary>A verbatim quote and where it stands: source id and 1-based line.</summary>
internal sealed record QuotedEvidence(string Source, int Line, string Quote);

/// <summary>A source, actor, measure or topic added, removed or changed.</summary>
internal sealed record EntityChange(string Kind, ChangeKind Change, string Id, IReadOnlyList<FieldChange> Fields);

/// <summary>
/// A file of the built output that differs between the two sides, with a unified diff of its text when it is
/// changed (text files as they are, a PDF as its <see cref="Briefing.PdfTextDump"/> dump; null for other binary files).
/// </summary>
internal sealed record OutputChange(ChangeKind Kind, string Path, string? TextDiff = null);

/// <summary>Everything that differs between two revisions of the data, and what that changes in out/.</summary>
internal sealed record ModelDiff(
    string Base,
    string Head,
    IReadOnlyList<ClaimChange> Claims,
    IReadOnlyList<FigureChange> Figures,
    IReadOnlyList<EntityChange> Entities,
    IReadOnlyList<OutputChange> Outputs)
{
    public bool IsEmpty => Claims.Count == 0 && Figures.Count == 0 && Entities.Count == 0 && Outputs.Count == 0;
}
