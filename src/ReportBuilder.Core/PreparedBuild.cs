using ReportBuilder.Core.Loading;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Templates;
using ReportBuilder.Core.Views;

namespace ReportBuilder.Core;

/// <summary>
/// What every output of a build is rendered from, once the data validates: the files of templates/ (the data's are
/// read by then), the data's values (for the
/// glyph check; not the YAML trees, which are a few times the data's size), the parsed templates, the interface strings
/// and the views. A render keeps it in its result, so serve can typeset one week's briefing later
/// without parsing and building them again.
/// </summary>
internal sealed record PreparedBuild(ReportModel Model, ProjectFiles Files, IReadOnlyList<DataValue> DataValues, TemplateSet Templates, Strings Strings, SiteViews Views);
