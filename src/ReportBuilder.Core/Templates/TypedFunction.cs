using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ReportBuilder.Core.Templates;

/// <summary>
/// A function a template calls, with Scriban's own argument checks and conversions (<see cref="DelegateCustomFunction"/>
/// prepares the arguments as for any imported delegate) but called directly: Scriban calls an imported
/// <c>Func</c> of one or two parameters through <c>Delegate.DynamicInvoke</c>, reflection on every call, and our
/// functions run thousands of times a page (<c>rel</c>, <c>t</c>, <c>format_number</c>).
/// </summary>
internal static class TypedFunction
{
    public static DelegateCustomFunction Of<TResult>(Func<TResult> func) => new Nullary<TResult>(func);

    public static DelegateCustomFunction Of<T, TResult>(Func<T, TResult> func) => new Unary<T, TResult>(func);

    public static DelegateCustomFunction Of<T1, T2, TResult>(Func<T1, T2, TResult> func) => new Binary<T1, T2, TResult>(func);

    // As DynamicInvoke does: a missing (null) argument for a value type is its default.
    private static T Argument<T>(object? value) => value is null ? default! : (T)value;

    private sealed class Nullary<TResult>(Func<TResult> func) : DelegateCustomFunction(func)
    {
        protected override object? InvokeImpl(TemplateContext context, SourceSpan span, object?[] arguments) => func();
    }

    private sealed class Unary<T, TResult>(Func<T, TResult> func) : DelegateCustomFunction(func)
    {
        protected override object? InvokeImpl(TemplateContext context, SourceSpan span, object?[] arguments) =>
            func(Argument<T>(arguments[0]));
    }

    private sealed class Binary<T1, T2, TResult>(Func<T1, T2, TResult> func) : DelegateCustomFunction(func)
    {
        protected override object? InvokeImpl(TemplateContext context, SourceSpan span, object?[] arguments) =>
            func(Argument<T1>(arguments[0]), Argument<T2>(arguments[1]));
    }
}
