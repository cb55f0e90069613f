using ReportBuilder.Core.Caching;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Templates;
using ReportBuilder.Core.Views;
using Scriban.Runtime;

namespace ReportBuilder.Tests.Caching;

/// <summary>A page's inputs hash the same exactly when a template would see the same values.</summary>
public sealed class ViewFingerprintTests
{
    private static readonly LinkView Zelenskyy = new("zelenskyy", "Volodymyr Zelenskyy", "actors/zelenskyy/index.html");

    [Fact]
    public void Equal_values_in_distinct_objects_have_one_digest()
    {
        var fingerprint = new ViewFingerprint();
        Assert.Equal(
            fingerprint.Of(Zelenskyy, new List<LinkView> { Zelenskyy }, 3, "text", new RawText("<b>"), null),
            new ViewFingerprint().Of(Zelenskyy with { }, new[] { Zelenskyy with { } }, 3, "text", new RawText("<b>"), null));
    }

    [Fact]
    public void Any_visible_change_changes_the_digest()
    {
        var fingerprint = new ViewFingerprint();
        var digest = fingerprint.Of(Zelenskyy);
        Assert.NotEqual(digest, fingerprint.Of(Zelenskyy with { Label = "Zelenskyy" }));
        Assert.NotEqual(digest, fingerprint.Of(Zelenskyy with { Url = "actors/zelenskyy/" }));
        // Values don't run together: ("ab", "c") is not ("a", "bc"), a list of two is not two values.
        Assert.NotEqual(fingerprint.Of("ab", "c"), fingerprint.Of("a", "bc"));
        Assert.NotEqual(fingerprint.Of((object)new[] { "a", "b" }), fingerprint.Of("a", "b"));
        Assert.NotEqual(fingerprint.Of(new RawText("a")), fingerprint.Of("a"));
        Assert.NotEqual(fingerprint.Of(1), fingerprint.Of(1m));
    }

    [Fact]
    public void A_scriban_object_hashes_by_its_keys_in_order()
    {
        var first = new ScriptObject { ["b"] = "2", ["a"] = "1" };
        var second = new ScriptObject { ["a"] = "1", ["b"] = "2" };
        Assert.Equal(new ViewFingerprint().Of(first), new ViewFingerprint().Of(second));
        second["b"] = "3";
        Assert.NotEqual(new ViewFingerprint().Of(first), new ViewFingerprint().Of(second));
    }

    [Fact]
    public void Sets_and_dictionaries_hash_whatever_order_they_enumerate_in()
    {
        var fingerprint = new ViewFingerprint();
        Assert.Equal(fingerprint.Of(new HashSet<string> { "a", "b" }), fingerprint.Of(new HashSet<string> { "b", "a" }));
        Assert.Equal(fingerprint.Of(new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 }), fingerprint.Of(new Dictionary<string, int> { ["b"] = 2, ["a"] = 1 }));
        Assert.NotEqual(fingerprint.Of(new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 }), fingerprint.Of(new Dictionary<string, int> { ["a"] = 2, ["b"] = 1 }));
        Assert.NotEqual(fingerprint.Of((object)new[] { "a", "b" }), fingerprint.Of((object)new[] { "b", "a" }));
    }

    [Fact]
    public void A_value_templates_cannot_see_into_is_refused_rather_than_hashed_as_empty()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => new ViewFingerprint().Of(new Uri("https://example.org/")));
        Assert.Contains("not a view record", refused.Message, StringComparison.Ordinal);
        // Value types whose values are not properties: hashed as their type alone, they would all be one digest.
        foreach (var value in new object[] { new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), 1.5d })
            Assert.Throws<InvalidOperationException>(() => new ViewFingerprint().Of(value));
    }

    [Fact]
    public void An_enum_hashes_by_its_type_and_member()
    {
        var fingerprint = new ViewFingerprint();
        Assert.NotEqual(fingerprint.Of(Qualifier.AtLeast), fingerprint.Of(Qualifier.MoreThan));
        Assert.NotEqual(fingerprint.Of(Qualifier.Exactly), fingerprint.Of(DatePrecision.Day)); // both 0
        Assert.Equal(fingerprint.Of(Qualifier.About), new ViewFingerprint().Of(Qualifier.About));
    }

    [Fact]
    public void A_tuple_hashes_by_its_items()
    {
        var fingerprint = new ViewFingerprint();
        Assert.NotEqual(fingerprint.Of((1m, (decimal?)2m)), fingerprint.Of((1m, (decimal?)3m)));
        Assert.NotEqual(fingerprint.Of((1m, (decimal?)null)), fingerprint.Of((1m, (decimal?)0m)));
        Assert.Equal(fingerprint.Of((1m, "a")), new ViewFingerprint().Of((1m, "a")));
    }
}
