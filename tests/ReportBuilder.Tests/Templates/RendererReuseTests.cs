using ReportBuilder.Core.Templates;
using ReportBuilder.Core.Views;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Templates;

/// <summary>
/// A renderer keeps one Scriban context for all the pages of its thread: what one page does must not be seen by
/// the next, or a page's bytes would depend on which pages its thread rendered before it.
/// </summary>
public sealed class RendererReuseTests
{
    private static readonly Dictionary<string, object?> Link = new() { ["link"] = new LinkView("a", "A & B", "a/index.html") };

    private static readonly TemplateSet Pages = TemplateHarness.Set(
        ("templates/a.sbn", "{{ for i in 1..3 }}{{ i }} {{ end }}{{ link.label }} {{ format_number 1234 }} {{ date.format }} {{ include 'partials/p.sbn' }}"),
        ("templates/b.sbn", "{{ leaked = 'b' }}{{ func format_number(x); ret 'shadowed'; end }}{{ capture c }}{{ link.label }}{{ end }}{{ c | string.size }} {{ format_number 1 }}"),
        ("templates/reads-leaked.sbn", "{{ leaked }}"),
        ("templates/sets-date-format.sbn", "{{ date.format = '%Y' }}"),
        ("templates/adds-to-math.sbn", "{{ math.leaked = 1 }}"),
        ("templates/reads-math.sbn", "{{ math.leaked }}"),
        ("templates/fails-deep.sbn", "{{ capture c }}{{ with {a: 1} }}{{ for i in 1..2 }}{{ include 'partials/p.sbn' }}{{ nope }}{{ end }}{{ end }}{{ end }}"),
        ("templates/partials/p.sbn", "<{{ link.url }}>"));

    private static string Rendered(TemplateRenderer renderer, string path)
    {
        var (output, diagnostics) = TemplateHarness.Render(renderer, path, Link);
        Assert.Empty(diagnostics);
        return Assert.IsType<string>(output);
    }

    private static string Error(TemplateRenderer renderer, string path)
    {
        var (output, diagnostics) = TemplateHarness.Render(renderer, path, Link);
        Assert.Null(output);
        return Assert.Single(diagnostics).ToString();
    }

    [Fact]
    public void A_page_renders_the_same_bytes_before_and_after_another_page()
    {
        var renderer = TemplateHarness.Renderer(Pages);
        var first = Rendered(renderer, "templates/a.sbn");
        Assert.Equal("9 shadowed", Rendered(renderer, "templates/b.sbn"));
        Assert.Equal(first, Rendered(renderer, "templates/a.sbn"));
        Assert.Equal("1 2 3 A &amp; B 1,234 %d %b %Y <a/index.html>", first);
        Assert.Equal(first, Rendered(TemplateHarness.Renderer(Pages), "templates/a.sbn"));
    }

    [Fact]
    public void A_global_set_by_one_page_is_not_seen_by_the_next() =>
        Assert.Contains("error RB2002: The variable or function `leaked` was not found",
            Error(After("templates/b.sbn"), "templates/reads-leaked.sbn"), StringComparison.Ordinal);

    [Fact]
    public void A_builtin_object_cannot_be_changed_by_a_template()
    {
        var renderer = TemplateHarness.Renderer(Pages);
        Assert.Contains("templates/sets-date-format.sbn:1:4: error RB2002:", Error(renderer, "templates/sets-date-format.sbn"), StringComparison.Ordinal);
        Assert.Contains("templates/adds-to-math.sbn:1:4: error RB2002:", Error(renderer, "templates/adds-to-math.sbn"), StringComparison.Ordinal);
        Assert.Contains("error RB2002: Cannot get member", Error(renderer, "templates/reads-math.sbn"), StringComparison.Ordinal);
        Assert.Equal(Rendered(TemplateHarness.Renderer(Pages), "templates/a.sbn"), Rendered(renderer, "templates/a.sbn"));
    }

    [Fact]
    public void A_page_that_fails_half_way_leaves_nothing_behind()
    {
        var renderer = TemplateHarness.Renderer(Pages);
        Assert.Contains("templates/fails-deep.sbn:1:85: error RB2002: The variable or function `nope`", Error(renderer, "templates/fails-deep.sbn"), StringComparison.Ordinal);
        Assert.Equal(Rendered(TemplateHarness.Renderer(Pages), "templates/a.sbn"), Rendered(renderer, "templates/a.sbn"));
    }

    [Fact]
    public void The_output_limit_counts_each_page_alone()
    {
        var set = TemplateHarness.Set(("templates/t.sbn", "{{ for i in 1..60 }}x{{ end }}"));
        var renderer = TemplateHarness.Renderer(set, TemplateOptions.Default with { OutputLimit = 100 });
        for (var page = 0; page < 3; page++)
            Assert.Equal(new string('x', 60), Rendered(renderer, "templates/t.sbn"));
    }

    [Fact]
    public void An_included_partial_s_text_counts_again_in_the_page_that_includes_it()
    {
        // Scriban counts every write of a render: the partial's 40 characters into its own string, then that string
        // into the page. So 40 characters through an include take 80 of the page's limit (the README says so).
        var set = TemplateHarness.Set(("templates/t.sbn", "{{ include 'partials/p.sbn' }}"), ("templates/partials/p.sbn", "{{ for i in 1..40 }}x{{ end }}"));
        Assert.Equal(new string('x', 40), Rendered(TemplateHarness.Renderer(set, TemplateOptions.Default with { OutputLimit = 80 }), "templates/t.sbn"));
        Assert.Contains("error RB2002:", Error(TemplateHarness.Renderer(set, TemplateOptions.Default with { OutputLimit = 79 }), "templates/t.sbn"), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_a_capture_collects_counts_towards_the_limit_shown_or_not()
    {
        var set = TemplateHarness.Set(("templates/t.sbn", "{{ capture c }}{{ for i in 1..40 }}x{{ end }}{{ end }}"));
        Assert.Equal("", Rendered(TemplateHarness.Renderer(set, TemplateOptions.Default with { OutputLimit = 40 }), "templates/t.sbn"));
        Assert.Contains("error RB2002:", Error(TemplateHarness.Renderer(set, TemplateOptions.Default with { OutputLimit = 39 }), "templates/t.sbn"), StringComparison.Ordinal);
    }

    private static TemplateRenderer After(string path)
    {
        var renderer = TemplateHarness.Renderer(Pages);
        Rendered(renderer, path);
        return renderer;
    }
}
