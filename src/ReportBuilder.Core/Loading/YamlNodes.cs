using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Core.Loading;

/// <summary>
/// The YAML syntax tree: plain values that remember where they were written. Load produces it; Validate
/// reads it. No anchors or aliases survive to here (Load rejects them); tags are ignored: every scalar is text,
/// and Validate reads numbers and dates out of it.
/// </summary>
internal abstract record YNode(SourceSpan Span)
{
    public abstract string Kind { get; }
}

/// <summary>A scalar. <see cref="IsPlain"/> is false for quoted and block scalars, which are always strings.</summary>
internal sealed record YScalar(string Value, bool IsPlain, SourceSpan Span) : YNode(Span)
{
    public override string Kind => "a value";

    /// <summary>YAML's null: an empty plain scalar, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}

internal sealed record YSequence(IReadOnlyList<YNode> Items, SourceSpan Span) : YNode(Span)
{
    public override string Kind => "a list";
}

internal sealed record YMapping(IReadOnlyList<YEntry> Entries, SourceSpan Span) : YNode(Span)
{
    public override string Kind => "a mapping";
}

internal sealed record YEntry(YScalar Key, YNode Value);
