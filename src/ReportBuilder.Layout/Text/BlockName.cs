namespace ReportBuilder.Layout.Text;

/// <summary>Names a block in a report by its first words.</summary>
internal static class BlockName
{
    private const int Shown = 60;

    /// <summary>The text in quotes, cut after about 60 characters with an ellipsis.</summary>
    public static string Start(string text)
    {
        var flat = text.ReplaceLineEndings(" ").Trim();
        return "'" + (flat.Length <= Shown ? flat : flat[..Shown].TrimEnd() + "…") + "'";
    }
}
