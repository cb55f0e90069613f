namespace ReportBuilder.Core.Diagnostics;

/// <summary>One problem found in the data or the templates: a stable code, where, what, and how to fix it.</summary>
public sealed record Diagnostic(string Code, SourceSpan Span, string Message, string? Hint = null)
{
    /// <summary>The compiler-style line every front end prints: <c>path:line:col: error RB0123: message</c>.</summary>
    public override string ToString() => $"{Span}: error {Code}: {Message}";
}
