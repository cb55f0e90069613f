using System.Text.Json;
using System.Text.Json.Nodes;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Validation;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Html;

/// <summary>data.json is an interface: versioned, described by data.schema.json beside it, and valid against it.</summary>
[Collection(SiteCollection.Name)]
public sealed class DataJsonSchemaTests(SiteFixture site)
{
    private JsonElement Schema => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.OutDir, "data.schema.json"))).RootElement;

    private JsonNode Data() => JsonNode.Parse(File.ReadAllBytes(Path.Combine(site.OutDir, "data.json")))!;

    private IReadOnlyList<string> Validate(JsonNode data) =>
        new JsonSchemaSubset(Schema).Validate(JsonDocument.Parse(data.ToJsonString()).RootElement);

    [Fact]
    public void Data_json_names_its_schema_version_and_validates_against_the_published_schema()
    {
        var data = Data();

        Assert.Equal(1, (int)data["schema"]!);
        var errors = Validate(data);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [InlineData("schema", "2", "$.schema: 2 is not 1")]
    [InlineData("site", """{"title": "t"}""", "$.site: no \"publisher\"")]
    [InlineData("extra", "true", "$: \"extra\" is not in the schema")]
    [InlineData("actors", """[{"id": "Not A Slug", "name": "n", "aliases": [], "kind": "person", "country": null, "role": null}]""", "$.actors[0].id: \"Not A Slug\" does not match")]
    [InlineData("actors", """[{"id": "a", "name": "n", "aliases": [], "kind": "robot", "country": null, "role": null}]""", "$.actors[0].kind: \"robot\" is not one of")]
    [InlineData("measures", """[{"id": "m", "label": "l", "unit": 3, "description": null}]""", "$.measures[0].unit: Number is not string")]
    public void The_schema_refuses_what_data_json_must_not_be(string field, string json, string error)
    {
        var data = Data();
        data[field] = JsonNode.Parse(json);

        Assert.Contains(Validate(data), e => e.StartsWith(error, StringComparison.Ordinal));
    }

    [Fact]
    public void The_schema_allows_exactly_the_values_the_validator_allows()
    {
        var defs = Schema.GetProperty("$defs");
        string[] Enum(JsonElement e) => [.. e.GetProperty("enum").EnumerateArray().Select(v => v.GetString()!)];
        var claim = defs.GetProperty("claim").GetProperty("properties");

        Assert.Equal(Validator.ActorKinds, Enum(defs.GetProperty("actor").GetProperty("properties").GetProperty("kind")));
        Assert.Equal(System.Enum.GetValues<Stance>().Select(DataNames.Name), Enum(claim.GetProperty("stance")));
        Assert.Equal(System.Enum.GetValues<Qualifier>().Select(DataNames.Name),
            Enum(claim.GetProperty("figures").GetProperty("items").GetProperty("properties").GetProperty("qualifier")));
    }

    [Fact]
    public void A_keyword_outside_the_subset_is_refused_not_skipped() =>
        Assert.Throws<NotSupportedException>(() =>
            new JsonSchemaSubset(JsonDocument.Parse("""{"maxLength": 3}""").RootElement).Validate(JsonDocument.Parse("\"abcd\"").RootElement));
}
