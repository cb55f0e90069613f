using ReportBuilder.Core.Html;
using ReportBuilder.Core.Templates;
using ReportBuilder.Core.Views;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Html;

/// <summary>What a template may not do: read what it was not given, leave templates/, run forever, read the clock.</summary>
public sealed class SandboxTests
{
    private static readonly Dictionary<string, object?> Link = new() { ["link"] = new LinkView("a", "A", "a/index.html") };

    private static string Error(string template, TemplateOptions? options = null, params (string, string)[] others)
    {
        var (output, diagnostics) = TemplateHarness.Render(template, Link, options, others);
        Assert.Null(output);
        return Assert.Single(diagnostics).ToString();
    }

    [Fact]
    public void An_undefined_variable_is_an_error_at_its_position_not_an_empty_string() =>
        Assert.Equal("templates/t.sbn:2:4: error RB2002: The variable or function `titel` was not found", Error("<p>\n{{ titel }}</p>"));

    [Fact]
    public void An_undefined_member_is_an_error() =>
        Assert.StartsWith("templates/t.sbn:1:9: error RB2002: Cannot get member with name labl", Error("{{ link.labl }}"), StringComparison.Ordinal);

    [Theory]
    [InlineData("{{ link.equality_contract }}")]
    [InlineData("{{ link.get_type }}")]
    [InlineData("{{ link.label.length }}")]
    public void Nothing_of_dotnet_is_visible_beyond_the_view_records(string template) =>
        Assert.Contains("error RB2002: Cannot get member", Error(template), StringComparison.Ordinal);

    [Fact]
    public void Views_cannot_be_changed_by_a_template() =>
        Assert.Contains("readonly member", Error("{{ link.label = 'x' }}"), StringComparison.Ordinal);

    [Theory]
    [InlineData("{{ include '../data/site.yaml' }}")]
    [InlineData("{{ include '/etc/passwd' }}")]
    [InlineData("{{ include 'partials/../../secret.sbn' }}")]
    [InlineData("{{ include 'C:\\\\x.sbn' }}")]
    public void Includes_outside_templates_are_refused(string template) =>
        Assert.Contains("error RB2002: include", Error(template), StringComparison.Ordinal);

    [Fact]
    public void An_include_of_no_template_says_which_file_is_missing() =>
        Assert.Equal("templates/t.sbn:1:4: error RB2003: include 'partials/nope.sbn': there is no templates/partials/nope.sbn", Error("{{ include 'partials/nope.sbn' }}"));

    [Fact]
    public void Includes_inside_templates_work_and_are_not_escaped_twice()
    {
        var (output, diagnostics) = TemplateHarness.Render("{{ include 'partials/p.sbn' }}",
            new Dictionary<string, object?> { ["name"] = "<b>" }, null, ("templates/partials/p.sbn", "[{{ name }}]"));
        Assert.Empty(diagnostics);
        Assert.Equal("[&lt;b&gt;]", output);
    }

    [Fact]
    public void Including_an_asset_says_it_is_an_asset_not_that_it_is_missing() =>
        Assert.Equal("templates/t.sbn:1:4: error RB2002: include 'assets/site.css': templates/assets/site.css is an asset, copied to out/ as it is, not a template",
            Error("{{ include 'assets/site.css' }}", null, ("templates/assets/site.css", "body {}")));

    [Fact]
    public void A_string_doubled_without_end_stops_at_the_string_limit() =>
        Assert.Contains("error RB2002:", Error("{{ s = 'x'; while true; s = s + s; end }}{{ s }}", new TemplateOptions { StringLimit = 4096 }), StringComparison.Ordinal);

    [Fact]
    public void A_string_repeated_past_the_default_limit_is_an_error_not_a_truncation() =>
        Assert.Contains("error RB2002:", Error("{{ s = 'x' * 300000 }}{{ s }}"), StringComparison.Ordinal);

    [Fact]
        public void A_runaway_loop_stops_at_the_loop_limit() =>
        Assert.Contains("error RB2002: Exceeding number of iteration limit `50`", Error("{{ while true }}x{{ end }}", new TemplateOptions { LoopLimit = 50 }), StringComparison.Ordinal);

    [Fact]
    public void Unbounded_recursion_stops_at_the_recursion_limit() =>
        Assert.Contains("error RB2002", Error("{{ func f; f; end; f }}", new TemplateOptions { RecursiveLimit = 20 }), StringComparison.Ordinal);

    [Fact]
    public void A_template_including_itself_stops_too() =>
        Assert.Contains("error RB2002", Error("{{ include 't.sbn' }}", new TemplateOptions { RecursiveLimit = 20 }), StringComparison.Ordinal);

    [Theory]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ math.random 1 10 }}")]
    public void The_clock_and_random_numbers_are_not_available(string template) =>
        Assert.Contains("error RB2002", Error(template), StringComparison.Ordinal);

    [Fact]
    public void A_syntax_error_reads_path_line_column()
    {
        var (output, diagnostics) = TemplateHarness.Render("<ul>\n  {{ for x in }}\n</ul>");
        Assert.Null(output);
        Assert.StartsWith("templates/t.sbn:2:", Assert.IsType<string>(diagnostics[0].ToString()), StringComparison.Ordinal);
        Assert.All(diagnostics, d => Assert.Equal("RB2001", d.Code));
    }

    [Fact]
    public void An_error_in_an_included_template_names_the_included_file() =>
        Assert.StartsWith("templates/partials/p.sbn:3:4: error RB2002: The variable or function `nope`",
            Error("{{ include 'partials/p.sbn' }}", null, ("templates/partials/p.sbn", "a\nb\n{{ nope }}")), StringComparison.Ordinal);
}
