using System.Globalization;

namespace ReportBuilder.Core.Model;

/// <summary>How a figure reads in prose, everywhere it is shown: "more than 3,000", "between 10,000 and 11,000".</summary>
internal static class FigureText
{
    /// <summary>Invariant digits with thousands separators: 3,000; 2.5; 12,000.</summary>
    public static string Number(decimal value) =>
        value == decimal.Truncate(value)
            ? value.ToString("#,0", CultureInfo.InvariantCulture)
            : value.ToString("#,0.##########", CultureInfo.InvariantCulture);

    public static string Describe(Figure figure) => figure.Qualifier switch
    {
        Qualifier.Between => $"between {Number(figure.Min ?? 0)} and {Number(figure.Max ?? 0)}",
        Qualifier.About => "about " + Number(figure.Point),
        Qualifier.AtLeast => "at least " + Number(figure.Point),
        Qualifier.MoreThan => "more than " + Number(figure.Point),
        Qualifier.UpTo => "up to " + Number(figure.Max ?? figure.Point),
        _ => Number(figure.Point),
    };
}
