using System.Text;
using ReportBuilder.Bench.Synthetic;
using ReportBuilder.Core.Diagnostics;
using ReportBuilder.Core.Loading;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Loading;

/// <summary>
/// The fast block-YAML reader gives YamlDotNet's tree — every value, its kind, quoting and place — for each file it
/// reads, and gives up on anything else, which YamlDotNet then reads and reports.
/// </summary>
public sealed class BlockYamlTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("rb-blockyaml-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Every_yaml_file_of_the_repository_it_reads_reads_as_yamldotnet_reads_it()
    {
        var files = new[] { "data", "templates", "tests/fixtures", "src/ReportBuilder/Starter" }
            .SelectMany(folder => Directory.EnumerateFiles(Repo.Path(folder), "*.yaml", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count > 50, $"{files.Count} YAML files found");

        // A file with a forbidden character is reported before any parser sees it.
        foreach (var file in files.Where(f => TextHygiene.FirstForbidden(File.ReadAllText(f)) < 0))
            AssertSameOrGivenUp(file, File.ReadAllText(file));
    }

    [Fact]
    public void The_sheets_of_the_real_data_and_all_of_the_synthetic_are_read_by_it_as_yamldotnet_reads_them()
    {
        ProjectWriter.Write(SyntheticProject.Create(300, seed: 11), _temp, Repo.Path("templates"));
        // The bulk of any project. (A few real sources hold a folded note, '>-': those, like anything else, are YamlDotNet's.)
        var files = new[] { Repo.Path("data/sheets"), Path.Combine(_temp, "data/sheets"), Path.Combine(_temp, "data/sources") }
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal).ToList();

        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.True(BlockYaml.TryRead(file, text) is not null, $"{file}: the fast reader gave up");
            AssertSameOrGivenUp(file, text);
        }
    }

    public static TheoryData<string> Read => new()
    {
        "a: 1\nb: plain text\n",
        "# a comment\n\nid: x\n  # indented comment\nclaims:\n  - id: one\n    evidence:\n      - source: s\n        line: 3\n",
        "claims:\n- id: one\n  stance: warns\n- id: two\nnext: 2\n",
        "aliases:\n  - \"Quoted \\\"inner\\\" \\\\ back\"\n  - 'single'\n  - plain value\nurl: https://example.org/a?b=c&d=e\n",
        "  indented: root\n  second: 2\n",
        "a:   \"spaced\"   \nb: «Cyrillic ключ» 𝄞\nc: ~\nd: null\n",
        "list:\n  - a\n  - b\nmap:\n  x: 1\n  y:\n    z: 2\n",
        "disputes: [one-claim, two]\naliases: [\"Northland MoD\", plain name ]\nnone: []\nnumbers: [1, 2.5]\nspaced: [ a ,b]\n",
        "key: value\r\nother: 2\r\n",
    };

    [Theory]
    [MemberData(nameof(Read))]
    public void Plain_block_yaml_is_read_as_yamldotnet_reads_it(string text)
    {
        if (!text.Contains('\r'))
            Assert.NotNull(BlockYaml.TryRead("t.yaml", text));
        AssertSameOrGivenUp("t.yaml", text);
    }

    public static TheoryData<string> GivenUp => new()
    {
        "",
        "# only a comment\n",
        "a: 1\na: 2\n",
        "a: {b: 1}\n",
        "a: &x 1\nb: *x\n",
        "a: |\n  block\n",
        "a: >\n  folded\n",
        "a: plain\n  continued\n",
        "a: \"open\n  quote\"\n",
        "a: \"escape \\n\"\n",
        "a: !tag 1\n",
        "a:\tb\n",
        "---\na: 1\n",
        "a: 1\n---\nb: 2\n",
        "a: 1 # comment\n",
        "- - nested\n",
        "a:\nb: 1\n",
        "just a scalar\n",
        "a: 1\n- b\n",
        "'quoted key': 1\n",
        "a: 'it''s'\n",
        "a: b: c\n",
        "a: x:\n",
        "a: [x, [y]]\n",
        "a: [x] y\n",
        "a: [x, \"q\\\"\"]\n",
        "a: [x,]\n",
        "a: [x\n",
        // YAML's other line breaks split a line for YamlDotNet: a comment would hide a key, a value would take the break.
        "id: x\n# note\u2028title: hidden\n",
        "a: b\u2028\nc: d\n",
        "a: foo\u2029bar\n",
        "a: [\"x\u2028y\", z]\n",
        "a: x\u0085b: y\n",
        // YamlDotNet takes no simple key longer than 1,024 characters (a syntax error), at any depth.
        new string('k', 1025) + ": v\n",
        "- " + new string('k', 1030) + ": v\n",
        "a:\n  " + new string('k', 1100) + ": v\n",
    };

    [Theory]
    [MemberData(nameof(GivenUp))]
    public void Anything_else_is_left_to_yamldotnet(string text)
    {
        Assert.Null(BlockYaml.TryRead("t.yaml", text));
    }

    [Fact]
    public void It_gives_up_where_yamldotnet_would_report_nesting_too_deep()
    {
        var deep = new StringBuilder();
        for (var level = 0; level < YamlReader.MaxDepth; level++)
            deep.Append(' ', level * 2).Append("k:\n");
        deep.Append(' ', YamlReader.MaxDepth * 2).Append("k: 1\n");

        Assert.Null(BlockYaml.TryRead("t.yaml", deep.ToString()));
    }

    private static void AssertSameOrGivenUp(string path, string text)
    {
        if (BlockYaml.TryRead(path, text) is not { } fast)
            return;
        var bag = new DiagnosticBag();
        var slow = YamlReader.Parse(path, text, bag);
        Assert.Empty(bag.ToSortedList());
        Assert.Equal(Dump(slow), Dump(fast));
    }

    /// <summary>A tree as text: each node's kind, place and (for a value) quoting and text, one a line.</summary>
    private static string Dump(YNode? node)
    {
        var text = new StringBuilder();
        Write(node, 0);
        return text.ToString();

        void Write(YNode? n, int depth)
        {
            text.Append(' ', depth * 2);
            switch (n)
            {
                case YScalar s:
                    text.Append($"{s.Span.Line}:{s.Span.Column} {(s.IsPlain ? "plain" : "quoted")} [{s.Value}]\n");
                    break;
                case YSequence q:
                    text.Append($"{q.Span.Line}:{q.Span.Column} list\n");
                    foreach (var item in q.Items)
                        Write(item, depth + 1);
                    break;
                case YMapping m:
                    text.Append($"{m.Span.Line}:{m.Span.Column} mapping\n");
                    foreach (var entry in m.Entries)
                    {
                        Write(entry.Key, depth + 1);
                        Write(entry.Value, depth + 2);
                    }
                    break;
                default:
                    text.Append("null\n");
                    break;
            }
        }
    }
}
