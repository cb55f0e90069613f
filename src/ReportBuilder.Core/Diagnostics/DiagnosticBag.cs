namespace ReportBuilder.Core.Diagnostics;

/// <summary>
/// Collects every diagnostic of a stage, so that one run reports all problems, not the first.
/// Nothing renders while the bag has errors. Stages that render on several threads share one bag: it locks.
/// </summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    private readonly Lock _gate = new();

    public bool HasErrors => Count > 0;

    public int Count
    {
        get { lock (_gate) return _items.Count; }
    }

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
            _items.Add(diagnostic);
    }

    public void Add(string code, SourceSpan span, string message, string? hint = null) => Add(new Diagnostic(code, span, message, hint));

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate)
            _items.AddRange(diagnostics);
    }

    /// <summary>Diagnostics in a stable order: by file, line, column, then code, whatever order they were added in.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_gate)
            return Sorted();
    }

    private List<Diagnostic> Sorted() =>
        [.. _items
            .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Line)
            .ThenBy(d => d.Span.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ThenBy(d => d.Hint, StringComparer.Ordinal)
            .Distinct()];
}
