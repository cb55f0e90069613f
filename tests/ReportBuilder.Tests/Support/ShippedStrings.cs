using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Html;
using ReportBuilder.Core.Templates;
using ReportBuilder.Core.Views;

namespace ReportBuilder.Tests.Support;

/// <summary>The strings files shipped under templates/strings/, loaded as a build loads them.</summary>
internal static class ShippedStrings
{
    public static readonly Strings English = Load("en");
    public static readonly Strings Ukrainian = Load("uk");

    public static Strings Load(string language)
    {
        var files = Directory.GetFiles(Repo.Path("templates/strings"), "*.yaml")
            .ToDictionary(f => "templates/strings/" + Path.GetFileName(f), File.ReadAllBytes, StringComparer.Ordinal);
        var bag = new DiagnosticBag();
        return StringsFile.Load(files, language, bag) ?? throw new InvalidOperationException(string.Join("\n", bag.ToSortedList()));
    }
}
