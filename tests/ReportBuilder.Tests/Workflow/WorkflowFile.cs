using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Tests.Workflow;

/// <summary><c>.github/workflows/report.yml</c> read as YAML: its jobs and, per job, its steps in order.</summary>
internal sealed class WorkflowFile
{
    public static readonly WorkflowFile Report = new(Support.Repo.Path(".github/workflows/report.yml"));

    private WorkflowFile(string path)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path))
            yaml.Load(reader);
        Root = (YamlMappingNode)yaml.Documents.Single().RootNode;
    }

    public YamlMappingNode Root { get; }

    public YamlMappingNode Job(string id) => (YamlMappingNode)((YamlMappingNode)Root["jobs"])[id];

    public IReadOnlyList<WorkflowStep> Steps(string job) =>
        [.. ((YamlSequenceNode)Job(job)["steps"]).Cast<YamlMappingNode>().Select(s => new WorkflowStep(s))];

    /// <summary>The step named <paramref name="name"/> in the report job.</summary>
    public WorkflowStep Step(string name) => Steps("report").Single(s => s.Name == name);

    internal sealed record WorkflowStep(YamlMappingNode Node)
    {
        public string? Name => Scalar("name");
        public string? Uses => Scalar("uses");
        public string? Run => Scalar("run");
        public string? If => Scalar("if");

        /// <summary>What the step is called in tests: its name, else the action it uses.</summary>
        public string Label => Name ?? Uses!;

        public string? Scalar(string key) =>
            Node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

        public IReadOnlyDictionary<string, string> Map(string key) =>
            Node.Children.TryGetValue(new YamlScalarNode(key), out var value)
                ? ((YamlMappingNode)value).Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => ((YamlScalarNode)kv.Value).Value!, StringComparer.Ordinal)
                : new Dictionary<string, string>(StringComparer.Ordinal);
    }
}
