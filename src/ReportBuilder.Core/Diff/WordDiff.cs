using System.Text.RegularExpressions;
using DiffPlex;

namespace ReportBuilder.Core.Diff;

internal enum WordChange { Same, Deleted, Inserted }

/// <summary>A run of text that is the same on both sides, only in the old text, or only in the new.</summary>
internal sealed record WordPiece(WordChange Change, string Text);

/// <summary>
/// Word-level differences between two texts (DiffPlex over words and the spaces between them), so a reviewer
/// sees exactly which words changed — "3,000" → "3,100" as whole numbers, punctuation kept with its word.
/// </summary>
internal static partial class WordDiff
{
    public static IReadOnlyList<WordPiece> Compare(string before, string after)
    {
        var result = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, WordsAndSpaces.Instance);
        var pieces = new List<WordPiece>();
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(pieces, WordChange.Same, result.PiecesOld, a, block.DeleteStartA - a);
            Add(pieces, WordChange.Deleted, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(pieces, WordChange.Inserted, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            a = block.DeleteStartA + block.DeleteCountA;
        }
        Add(pieces, WordChange.Same, result.PiecesOld, a, result.PiecesOld.Count - a);
        return Coalesce(pieces);
    }

    /// <summary>
    /// Changes separated only by white space read as one: "[-said, citing-]{+citing+}" rather than a deletion and
    /// an insertion alternating word by word.
    /// </summary>
    private static List<WordPiece> Coalesce(List<WordPiece> pieces)
    {
        var result = new List<WordPiece>();
        for (var i = 0; i < pieces.Count;)
        {
            if (pieces[i].Change == WordChange.Same)
            {
                result.Add(pieces[i++]);
                continue;
            }
            string deleted = "", inserted = "";
            while (true)
            {
                for (; i < pieces.Count && pieces[i].Change != WordChange.Same; i++)
                {
                    deleted += pieces[i].Change == WordChange.Deleted ? pieces[i].Text : "";
                    inserted += pieces[i].Change == WordChange.Inserted ? pieces[i].Text : "";
                }
                if (i + 1 >= pieces.Count || !string.IsNullOrWhiteSpace(pieces[i].Text) || pieces[i + 1].Change == WordChange.Same)
                    break;
                deleted += pieces[i].Text;
                inserted += pieces[i++].Text;
            }
            if (deleted.Length > 0)
                result.Add(new WordPiece(WordChange.Deleted, deleted));
            if (inserted.Length > 0)
                result.Add(new WordPiece(WordChange.Inserted, inserted));
        }
        return result;
    }

    private static void Add(List<WordPiece> pieces, WordChange change, IReadOnlyList<string> words, int start, int count)
    {
        if (count <= 0)
            return;
        var text = string.Concat(words.Skip(start).Take(count));
        if (pieces.Count > 0 && pieces[^1].Change == change)
            pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
        else
            pieces.Add(new WordPiece(change, text));
    }

    /// <summary>Splits text into words (anything between white space) and the white space between them.</summary>
    private sealed partial class WordsAndSpaces : IChunker
    {
        public static readonly WordsAndSpaces Instance = new();

        public IReadOnlyList<string> Chunk(string text) => [.. Token().Matches(text).Select(m => m.Value)];

        [GeneratedRegex(@"\s+|\S+")]
        private static partial Regex Token();
    }
}
