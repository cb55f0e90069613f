using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Core.Loading;

/// <summary>
/// One value written in <c>data/**.yaml</c> (not a key, which is a field name) and where: what a build keeps of the
/// YAML once the data validates, for the glyph check, instead of the trees (a few times the size of the data).
/// </summary>
internal readonly record struct DataValue(string Text, SourceSpan Span);
