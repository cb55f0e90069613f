using ReportBuilder.Core.Diagnostics;

namespace ReportBuilder.Core.Loading;

/// <summary>One parsed YAML file: its root (null when empty or broken) and what parsing it reported.</summary>
internal sealed record YamlDocument(YNode? Root, IReadOnlyList<Diagnostic> Problems);

/// <summary>
/// The Load step: a project's files with every YAML file of <c>data/</c> parsed once into its tree. A file's
/// syntax problems stay with its document: they are reported by the stage that reads it (Validate), so a stray
/// file no stage reads reports nothing, as before there was a Load step.
/// </summary>
internal sealed class ProjectDocuments
{
    public const string DataFolder = "data/";

    private readonly SortedDictionary<string, YamlDocument> _documents;

    private ProjectDocuments(ProjectFiles files, SortedDictionary<string, YamlDocument> documents)
    {
        Files = files;
        _documents = documents;
    }

    public ProjectFiles Files { get; }

    /// <summary>Every parsed document, by project path in ordinal order.</summary>
    public IEnumerable<KeyValuePair<string, YamlDocument>> All => _documents;

    /// <summary>The parsed document at a project path, or null when there is no YAML file there.</summary>
    public YamlDocument? Get(string path) => _documents.GetValueOrDefault(path);

    /// <summary>Every value of every document (not the keys), file by file in path order, each in document order.</summary>
    public IReadOnlyList<DataValue> Values()
    {
        var values = new List<DataValue>();
        foreach (var document in _documents.Values)
            AddValues(document.Root, values);
        return values;
    }

    private static void AddValues(YNode? node, List<DataValue> values)
    {
        switch (node)
        {
            case YScalar scalar:
                values.Add(new DataValue(scalar.Value, scalar.Span));
                break;
            case YSequence sequence:
                foreach (var item in sequence.Items)
                    AddValues(item, values);
                break;
            case YMapping mapping:
                foreach (var entry in mapping.Entries)
                    AddValues(entry.Value, values);
                break;
        }
    }

    public static ProjectDocuments Load(ProjectFiles files)
    {
        var yaml = files.Under(DataFolder).Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)).ToList();
        var parsed = new YamlDocument[yaml.Count];
        var strings = new StringPool();
        // Each file parses alone into its own bag; the only thing shared is the pool of equal strings, which gives
        // the same text whichever thread makes it first, so the order of the work cannot show.
        Parallel.For(0, yaml.Count, i =>
        {
            var bag = new DiagnosticBag();
            var root = YamlReader.Read(yaml[i], bag, strings);
            parsed[i] = new YamlDocument(root, bag.ToSortedList());
        });
        var documents = new SortedDictionary<string, YamlDocument>(StringComparer.Ordinal);
        for (var i = 0; i < yaml.Count; i++)
            documents[yaml[i].Path] = parsed[i];
        return new ProjectDocuments(files, documents);
    }
}
