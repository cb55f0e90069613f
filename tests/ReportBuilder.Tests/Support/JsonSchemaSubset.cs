using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ReportBuilder.Tests.Support;

/// <summary>
/// A validator for the part of JSON Schema 2020-12 that data.schema.json uses: type, properties, required,
/// additionalProperties, items, enum, const, pattern, minimum, oneOf, and $ref into #/$defs. A keyword outside
/// that part is an error, so the schema cannot say something this validator would silently skip.
/// </summary>
internal sealed class JsonSchemaSubset(JsonElement root)
{
    private static readonly HashSet<string> Annotations = ["$schema", "$defs", "title", "description"];

    /// <summary>Every way <paramref name="value"/> breaks the schema, as "$.path: what" (empty when it conforms).</summary>
    public IReadOnlyList<string> Validate(JsonElement value)
    {
        var errors = new List<string>();
        Check(root, value, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            var rule = keyword.Value;
            switch (keyword.Name)
            {
                case var name when Annotations.Contains(name):
                    break;
                case "$ref":
                    Check(Resolve(rule.GetString()!), value, path, errors);
                    break;
                case "type":
                    var types = rule.ValueKind == JsonValueKind.Array ? rule.EnumerateArray().Select(t => t.GetString()!).ToList() : [rule.GetString()!];
                    if (!types.Any(t => IsType(value, t)))
                        errors.Add($"{path}: {value.ValueKind} is not {string.Join(" or ", types)}");
                    break;
                case "const":
                    if (!JsonElement.DeepEquals(rule, value))
                        errors.Add($"{path}: {value.GetRawText()} is not {rule.GetRawText()}");
                    break;
                case "enum":
                    if (!rule.EnumerateArray().Any(e => JsonElement.DeepEquals(e, value)))
                        errors.Add($"{path}: {value.GetRawText()} is not one of {rule.GetRawText()}");
                    break;
                case "pattern":
                    if (value.ValueKind == JsonValueKind.String && !Regex.IsMatch(value.GetString()!, rule.GetString()!))
                        errors.Add($"{path}: \"{value.GetString()}\" does not match {rule.GetString()}");
                    break;
                case "minimum":
                    if (value.ValueKind == JsonValueKind.Number && value.GetDecimal() < rule.GetDecimal())
                        errors.Add($"{path}: {value.GetRawText()} is below {rule.GetRawText()}");
                    break;
                case "required":
                    if (value.ValueKind == JsonValueKind.Object)
                        errors.AddRange(rule.EnumerateArray().Select(r => r.GetString()!).Where(r => !value.TryGetProperty(r, out _)).Select(r => $"{path}: no \"{r}\""));
                    break;
                case "properties":
                    if (value.ValueKind == JsonValueKind.Object)
                        foreach (var property in value.EnumerateObject())
                            if (rule.TryGetProperty(property.Name, out var propertySchema))
                                Check(propertySchema, property.Value, $"{path}.{property.Name}", errors);
                    break;
                case "additionalProperties":
                    if (value.ValueKind == JsonValueKind.Object)
                        foreach (var property in value.EnumerateObject())
                            if (!(schema.TryGetProperty("properties", out var known) && known.TryGetProperty(property.Name, out _)))
                            {
                                if (rule.ValueKind == JsonValueKind.False)
                                    errors.Add($"{path}: \"{property.Name}\" is not in the schema");
                                else if (rule.ValueKind == JsonValueKind.Object)
                                    Check(rule, property.Value, $"{path}.{property.Name}", errors);
                            }
                    break;
                case "items":
                    if (value.ValueKind == JsonValueKind.Array)
                    {
                        var i = 0;
                        foreach (var item in value.EnumerateArray())
                            Check(rule, item, string.Create(CultureInfo.InvariantCulture, $"{path}[{i++}]"), errors);
                    }
                    break;
                case "oneOf":
                    var passing = rule.EnumerateArray().Count(option => { var e = new List<string>(); Check(option, value, path, e); return e.Count == 0; });
                    if (passing != 1)
                        errors.Add($"{path}: matches {passing} of the oneOf options, not exactly one");
                    break;
                default:
                    throw new NotSupportedException($"JSON Schema keyword '{keyword.Name}' is outside the subset this validator knows");
            }
        }
    }

    private static bool IsType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && decimal.IsInteger(value.GetDecimal()),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException($"JSON Schema type '{type}' is unknown"),
    };

    private JsonElement Resolve(string reference)
    {
        const string prefix = "#/$defs/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal))
            throw new NotSupportedException($"$ref '{reference}' is outside #/$defs/");
        return root.GetProperty("$defs").GetProperty(reference[prefix.Length..]);
    }
}
