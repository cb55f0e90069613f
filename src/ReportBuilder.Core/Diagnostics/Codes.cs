namespace ReportBuilder.Core.Diagnostics;

/// <summary>
/// Every diagnostic code, in one place. Codes are stable: a code once published keeps its meaning.
/// RB00xx: reading files and YAML. RB01xx: data rules. RB2xxx: templates. RB3xxx: briefings.
/// RB4xxx: writing files (the machine, not the data: exit 2).
/// </summary>
public static class Codes
{
    // Reading files and YAML syntax.
    public const string YamlSyntax = "RB0001";
    public const string InvalidUtf8 = "RB0002";
    public const string FileTooLarge = "RB0003";
    public const string AnchorOrAlias = "RB0004";
    public const string DuplicateKey = "RB0005";
    public const string MissingFile = "RB0006";
    public const string TooDeep = "RB0007";
    public const string NotRegularFile = "RB0008";
    public const string FolderOrFile = "RB0009";

    // Shape of the data.
    public const string WrongType = "RB0101";
    public const string UnknownField = "RB0102";
    public const string MissingField = "RB0103";
    public const string InvalidId = "RB0104";
    public const string DuplicateId = "RB0105";
    public const string UnresolvedReference = "RB0106";
    public const string InvalidDate = "RB0107";
    public const string InvalidValue = "RB0108";
    public const string InvalidNumber = "RB0109";
    public const string InvalidFigure = "RB0110";
    public const string ControlCharacter = "RB0111";
    public const string TooLong = "RB0112";
    public const string Unreadable = "RB0113";

    // Evidence and sources.
    public const string QuoteNotInLine = "RB0120";
    public const string LineOutOfRange = "RB0121";
    public const string LineNotAccountedFor = "RB0122";
    public const string UnusedLineIsCited = "RB0123";
    public const string SaidAfterPublished = "RB0124";
    public const string StrayFile = "RB0125";
    public const string NumberNotInQuotes = "RB0126";
    public const string DisputesItself = "RB0127";

    // Authoring and interface language.
    public const string InvalidLanguage = "RB0140";
    public const string NoStringsFile = "RB0141";
    public const string MissingString = "RB0142";
    public const string StringsNotFlat = "RB0143";

    // Templates, briefings, diff.
    public const string TemplateSyntax = "RB2001";
    public const string TemplateRuntime = "RB2002";
    public const string TemplateMissing = "RB2003";
    public const string BriefingLayout = "RB3001";
    public const string MissingGlyphs = "RB3002";
    public const string LayoutOverflow = "RB3003";

    // Writing files.
    public const string OutputTooLarge = "RB4001";
}
