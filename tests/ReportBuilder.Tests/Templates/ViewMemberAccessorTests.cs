using ReportBuilder.Core.Templates;
using ReportBuilder.Core.Views;
using ReportBuilder.Tests.Support;
using Scriban;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace ReportBuilder.Tests.Templates;

/// <summary>
/// Templates read view records through direct calls rather than Scriban's reflection: the same members, under the
/// same names, with the same values, and everything else (a member that is not there, an assignment) left to Scriban.
/// </summary>
public sealed class ViewMemberAccessorTests
{
    private static readonly PagerView Pager = new(2, 3, "topics/a/page/2/index.html", "Page 2 of 3", new LinkView("a", "A & B", "topics/a/index.html"), null,
        [new PageLinkView(1, "1", "topics/a/index.html", false, false), new PageLinkView(3, "3", "topics/a/page/3/index.html", false, true)]);

    [Theory]
    [InlineData(typeof(PagerView))]
    [InlineData(typeof(PageLinkView))]
    [InlineData(typeof(LinkView))]
    public void A_view_has_the_members_and_values_scriban_reads_by_reflection(Type type)
    {
        object target = type == typeof(PagerView) ? Pager : type == typeof(PageLinkView) ? Pager.Links[1] : Pager.Previous!;
        var context = SandboxContext();
        var scriban = new TypedObjectAccessor(type, context.MemberFilter, context.MemberRenamer);
        var fast = Assert.IsType<ViewMemberAccessor>(ViewMemberAccessor.For(type, scriban, context));
        var names = scriban.GetMembers(context, default, target).ToList();
        Assert.NotEmpty(names);
        Assert.DoesNotContain("equality_contract", names);
        foreach (var name in names)
        {
            Assert.True(scriban.TryGetValue(context, default, target, name, out var expected));
            Assert.True(fast.TryGetValue(context, default, target, name, out var actual));
            Assert.Equal(expected, actual);
        }
        Assert.False(fast.TryGetValue(context, default, target, "no_such_member", out _));
    }

    [Fact]
    public void A_type_whose_members_scriban_names_otherwise_keeps_scribans_accessor()
    {
        var context = SandboxContext();
        var scriban = new TypedObjectAccessor(typeof(LinkView), context.MemberFilter, member => member.Name); // not the context's renamer
        Assert.Same(scriban, ViewMemberAccessor.For(typeof(LinkView), scriban, context));
    }

    [Fact]
    public void Templates_read_views_as_before_and_still_refuse_what_is_not_there()
    {
        var variables = new Dictionary<string, object?> { ["pager"] = Pager };
        var (output, diagnostics) = TemplateHarness.Render(
            "{{ pager.number }}/{{ pager.count }} {{ pager.previous.label }} {{ pager.next == null }} {{ for l in pager.links }}{{ l.number }}{{ l.gap_before }} {{ end }}", variables);
        Assert.Empty(diagnostics);
        Assert.Equal("2/3 A &amp; B true 1false 3true ", output);
        var (missing, errors) = TemplateHarness.Render("{{ pager.nope }}", variables);
        Assert.Null(missing);
        Assert.Contains("error RB2002:", Assert.Single(errors).ToString(), StringComparison.Ordinal);
        var (assigned, refused) = TemplateHarness.Render("{{ pager.number = 5 }}", variables);
        Assert.Null(assigned);
        Assert.Contains("error RB2002:", Assert.Single(refused).ToString(), StringComparison.Ordinal);
    }

    private static TemplateContext SandboxContext() => TemplateSandbox.Create(TemplateHarness.Set(("templates/t.sbn", "")), Escaping.Html, TemplateOptions.Default);
}
