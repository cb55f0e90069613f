namespace ReportBuilder.Core.Validation;

/// <summary>
/// How long a value may be, in characters: far above what any curated value needs (the longest in data/ is a
/// 388-character note), far below where pages, PDFs and file names suffer. One table, read by <see cref="Fields"/>.
/// </summary>
internal static class FieldLimits
{
    /// <summary>An id names a folder in out/; file systems allow 255 bytes per name.</summary>
    public const int Id = 80;

    /// <summary>Names, titles, labels, units, roles: a line of text.</summary>
    public const int Short = 300;

    /// <summary>Statements, quotes, notes, summaries, descriptions, reasons: a paragraph.</summary>
    public const int Long = 3000;

    private static readonly Dictionary<string, int> ByName = new(StringComparer.Ordinal)
    {
        ["statement"] = Long, ["quote"] = Long, ["note"] = Long, ["summary"] = Long, ["description"] = Long, ["reason"] = Long,
        ["url"] = Long, ["base_url"] = Long,
        // Ids have their own, shorter limit (RB0104, in Fields.Id); this one only keeps a flood out first.
        ["id"] = Long,
    };

    public static int For(string field) => ByName.GetValueOrDefault(field, Short);
}
