namespace ReportBuilder.Tests.Architecture;

/// <summary>Core's folders are stages: each imports only stages before it, so the arrows never come back.</summary>
public sealed class FolderGraphTests
{
    [Fact]
    public void No_folder_of_core_imports_one_that_imports_it_back()
    {
        var graph = FolderGraph.OfCore();

        var cycle = FolderGraph.FindCycle(graph);

        Assert.True(cycle is null, "a cycle between Core's folders: " + string.Join(" → ", cycle ?? []));
    }

    [Fact]
    public void The_site_and_the_briefings_do_not_import_each_other_and_no_stage_imports_the_orchestrator()
    {
        var graph = FolderGraph.OfCore();

        Assert.DoesNotContain("Briefing", graph["Html"]);
        Assert.DoesNotContain("Html", graph["Briefing"]);
        Assert.All(graph.Where(kv => kv.Key != FolderGraph.Root), kv => Assert.DoesNotContain(FolderGraph.Root, kv.Value));
        // The graph is read, not assumed: the orchestrator's imports are there to see.
        Assert.Superset(new SortedSet<string>(["Briefing", "Html", "Loading", "Output", "Validation", "Views"], StringComparer.Ordinal), graph[FolderGraph.Root]);
    }

    [Fact]
    public void The_check_finds_a_cycle_such_as_html_and_briefing_importing_each_other()
    {
        var graph = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal)
        {
            ["Briefing"] = new(["Html", "Views"], StringComparer.Ordinal),
            ["Html"] = new(["Briefing", "Views"], StringComparer.Ordinal),
            ["Views"] = new(["Model"], StringComparer.Ordinal),
        };

        Assert.Equal(["Briefing", "Html", "Briefing"], FolderGraph.FindCycle(graph));
        graph["Html"].Remove("Briefing");
        Assert.Null(FolderGraph.FindCycle(graph));
    }
}
