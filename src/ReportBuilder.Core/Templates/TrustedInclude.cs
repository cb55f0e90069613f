using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportBuilder.Core.Templates;

/// <summary>
/// Scriban's <c>include</c>, whose result is marked as already escaped: the included template escaped its own
/// values while it rendered, and writing its output through the escaper again would escape them twice.
/// </summary>
internal sealed class TrustedInclude(IScriptCustomFunction include) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;
    public int ParameterCount => include.ParameterCount;
    public ScriptVarParamKind VarParamKind => include.VarParamKind;
    public Type ReturnType => typeof(RawText);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Trust(include.Invoke(context, callerContext, arguments, blockStatement));

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Trust(await include.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false));

    private static object? Trust(object? result) => result is string text ? new RawText(text) : result;
}
