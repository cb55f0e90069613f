namespace ReportBuilder.Core.Model;

/// <summary>What the claimant does with the statement. Written in data as kebab-case (<c>declines-to-confirm</c>).</summary>
internal enum Stance { Asserts, Estimates, Denies, Warns, Confirms, DeclinesToConfirm }

/// <summary>How a figure is hedged. Written in data as kebab-case (<c>more-than</c>).</summary>
public enum Qualifier { Exactly, About, AtLeast, MoreThan, UpTo, Between }

/// <summary>
/// What a measure's figures count. A level is a quantity at a time (troops in Russia); a running total only grows
/// (killed and wounded); events are separate reports of separate events (soldiers captured), never a revision of one count.
/// </summary>
internal enum MeasureKind { Level, RunningTotal, Events }

/// <summary>The names the data uses for the enums above (kebab-case: <c>more-than</c>), in one place.</summary>
internal static class DataNames
{
    public static string Name(Stance stance) => stance switch
    {
        Stance.Asserts => "asserts",
        Stance.Estimates => "estimates",
        Stance.Denies => "denies",
        Stance.Warns => "warns",
        Stance.Confirms => "confirms",
        _ => "declines-to-confirm",
    };

    public static string Name(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exactly => "exactly",
        Qualifier.About => "about",
        Qualifier.AtLeast => "at-least",
        Qualifier.MoreThan => "more-than",
        Qualifier.UpTo => "up-to",
        _ => "between",
    };

    public static string Name(MeasureKind kind) => kind switch
    {
        MeasureKind.Level => "level",
        MeasureKind.RunningTotal => "running-total",
        _ => "events",
    };

    public static readonly IReadOnlyList<string> MeasureKinds =
        [.. Enum.GetValues<MeasureKind>().Select(Name)];

    public static readonly IReadOnlyList<string> Stances =
        [.. Enum.GetValues<Stance>().Select(Name)];

    public static readonly IReadOnlyList<string> Qualifiers =
        [.. Enum.GetValues<Qualifier>().Select(Name)];
}
