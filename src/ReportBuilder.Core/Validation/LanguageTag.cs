using System.Text.RegularExpressions;

namespace ReportBuilder.Core.Validation;

/// <summary>
/// site.yaml's <c>language</c>: a BCP 47 tag of the form language[-Script][-REGION] (case-insensitive), such as
/// <c>en</c>, <c>uk</c>, <c>en-GB</c>, <c>sr-Latn-RS</c> or <c>es-419</c>. The language must be a two-letter
/// ISO 639-1 code (every registered one is listed below); script and region are checked for form. Variants,
/// extensions and private use are refused: no page needs them, and they are where made-up tags hide
/// (<c>xx-notalang</c> is well-formed BCP 47).
/// </summary>
internal static partial class LanguageTag
{
    private static readonly HashSet<string> Languages = new(
        """
        aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo
        es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg
        ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn
        no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta
        te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>Null when <paramref name="tag"/> is accepted; otherwise what is wrong with it.</summary>
    public static string? Problem(string tag)
    {
        var match = Shape().Match(tag);
        if (!match.Success)
            return $"'{tag}' is not a language tag of the form language[-Script][-REGION]";
        var language = match.Groups["language"].Value.ToLowerInvariant();
        if (Languages.Contains(language))
            return null;
        return language.Length == tag.Length
            ? $"'{tag}' is not an ISO 639-1 language code"
            : $"'{match.Groups["language"].Value}' in '{tag}' is not an ISO 639-1 language code";
    }

    [GeneratedRegex("^(?<language>[A-Za-z]{2})(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
