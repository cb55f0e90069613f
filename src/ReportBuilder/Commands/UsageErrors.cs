using System.CommandLine;
using System.CommandLine.Parsing;
using ReportBuilder.Core.Validation;

namespace ReportBuilder.Commands;

/// <summary>
/// Parse errors as a person needs them: an unknown command or option is named with the nearest known one
/// ("did you mean 'build'?"), and a missing command lists the commands there are.
/// </summary>
internal static partial class UsageErrors
{
    private const string Unrecognized = "Unrecognized command or argument";
    private const string NoCommand = "Required command was not provided.";

    public static IReadOnlyList<string> Describe(ParseResult result)
    {
        var command = result.CommandResult.Command;
        var messages = new List<string>();
        // The first stray word explains the rest: the value after a mistyped option is stray only because of it.
        if (result.UnmatchedTokens.FirstOrDefault() is { } token)
            messages.Add(Unknown(token, command, Name(result.CommandResult)));
        foreach (var error in result.Errors)
        {
            if (error.Message.StartsWith(Unrecognized, StringComparison.Ordinal))
                continue;
            if (error.Message == NoCommand)
            {
                if (messages.Count == 0)
                    messages.Add($"{Name(result.CommandResult)} needs a command: {string.Join(", ", Visible(command.Subcommands))}");
                continue;
            }
            messages.Add(NotAmong(error) ?? error.Message);
        }
        return messages;
    }

    /// <summary>"--format: 'jsn' is not one of text, json, github; did you mean 'json'?", or null for other errors.</summary>
    private static string? NotAmong(ParseError error)
    {
        // System.CommandLine words it "Argument 'jsn' not recognized. Must be one of:" and lists the values quoted.
        if (!error.Message.StartsWith("Argument '", StringComparison.Ordinal) || !error.Message.Contains("Must be one of", StringComparison.Ordinal))
            return null;
        var quoted = Quoted().Matches(error.Message).Select(m => m.Groups[1].Value).ToList();
        if (quoted.Count < 2)
            return null;
        var (value, allowed) = (quoted[0], quoted[1..]);
        var option = error.SymbolResult switch
        {
            OptionResult o => o.Option.Name + ": ",
            ArgumentResult { Parent: OptionResult o } => o.Option.Name + ": ",
            _ => "",
        };
        return WithSuggestion($"{option}'{value}' is not one of {string.Join(", ", allowed)}", value, allowed);
    }

    [System.Text.RegularExpressions.GeneratedRegex("'([^']*)'")]
    private static partial System.Text.RegularExpressions.Regex Quoted();

    private static string Unknown(string token, Command command, string where)
    {
        if (token.StartsWith('-'))
        {
            var options = command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name));
            return WithSuggestion($"unknown option '{token}' for {where}", token, options);
        }
        if (command.Subcommands.Count > 0)
            return WithSuggestion($"unknown command '{token}'", token, Visible(command.Subcommands));
        return $"unexpected argument '{token}' for {where}";
    }

    private static string WithSuggestion(string message, string token, IEnumerable<string> known) =>
        Suggestions.Closest(token, known) is { } closest ? $"{message}; did you mean '{closest}'?" : message;

    private static IEnumerable<string> Visible(IEnumerable<Command> commands) => commands.Where(c => !c.Hidden).Select(c => c.Name);

    /// <summary>"reportbuilder", "build" or "new source": the command as typed, without the tool's name.</summary>
    private static string Name(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is CommandResult c && c.Parent is not null; r = c.Parent)
            names.Insert(0, c.Command.Name);
        return names.Count == 0 ? "reportbuilder" : string.Join(' ', names);
    }
}
