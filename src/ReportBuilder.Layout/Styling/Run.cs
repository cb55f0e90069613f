namespace ReportBuilder.Layout;

/// <summary>A piece of text in one style, optionally a link. A "\n" in the text is a forced line break.</summary>
public sealed record Run(string Text, TextStyle? Style = null, Link? Link = null)
{
    public static implicit operator Run(string text) => new(text);
}

/// <summary>Where a link goes: an external URL or a named destination (a heading's anchor).</summary>
public sealed record Link
{
    private Link(string target, bool isInternal)
    {
        Target = target;
        IsInternal = isInternal;
    }

    public string Target { get; }

    /// <summary>True for a named destination inside the document, false for a URL.</summary>
    public bool IsInternal { get; }

    public static Link ToUrl(string url)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        return new Link(url, isInternal: false);
    }

    public static Link ToAnchor(string anchor)
    {
        ArgumentException.ThrowIfNullOrEmpty(anchor);
        return new Link(anchor, isInternal: true);
    }
}
