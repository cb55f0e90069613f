using System.Globalization;
using ReportBuilder.Bench.Synthetic;
using ReportBuilder.Core.Model;
using ReportBuilder.Core.Validation;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Bench;

/// <summary>The benchmark's synthetic project is valid data of the real data's shape, the same for the same seed.</summary>
public sealed class SyntheticProjectTests : IDisposable
{
    private const int Claims = 600;
    private readonly string _temp = Directory.CreateTempSubdirectory("rb-synthetic-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Generated_project_passes_check()
    {
        var project = Path.Combine(_temp, "project");
        ProjectWriter.Write(SyntheticProject.Create(Claims, seed: 7), project, Repo.Path("templates"));

        var (exit, stdout, _) = CliRunner.Run("check", "--project", project);

        Assert.Equal(0, exit);
        Assert.StartsWith("check: data is valid: 12 sources, 200 actors, 18 measures, 40 topics, 600 claims, ", stdout);
    }

    [Fact]
    public void It_has_the_real_data_shape()
    {
        var project = SyntheticProject.Create(Claims, seed: 7);
        var withFigure = project.Claims.Where(c => c.Figure is not null).ToList();

        Assert.InRange(withFigure.Count, Claims * 35 / 100, Claims * 45 / 100);
        Assert.Equal(DataNames.Qualifiers.Order(StringComparer.Ordinal), withFigure.Select(c => c.Figure!.Qualifier).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(DataNames.Stances.Order(StringComparer.Ordinal), project.Claims.Select(c => c.Stance).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(Validator.ActorKinds.Order(StringComparer.Ordinal), project.Actors.Select(a => a.Kind).Distinct().Order(StringComparer.Ordinal));
        Assert.All(project.Actors, a => Assert.NotEmpty(a.Aliases));
        // Every kind of measure, as the real data has: levels, running totals and events (each report its own count).
        Assert.Equal(DataNames.MeasureKinds.Order(StringComparer.Ordinal), project.Measures.Select(m => m.Kind).Distinct().Order(StringComparer.Ordinal));
        // Each figure's numbers are in its quote as the site writes them ("3,000"), so the quote is its evidence.
        Assert.All(withFigure, c => Assert.All(new[] { c.Figure!.Value, c.Figure.Min, c.Figure.Max }.OfType<int>(),
            n => Assert.Contains(n.ToString("N0", CultureInfo.InvariantCulture), c.Evidence[0].Quote, StringComparison.Ordinal)));
        // Dates of every precision, and claims with none.
        Assert.Contains(project.Claims, c => c.SaidOn is null);
        Assert.Contains(project.Claims, c => c.SaidOn is { Length: 10 });
        Assert.Contains(project.Claims, c => c.SaidOn is { } s && s.Contains("-W", StringComparison.Ordinal));
        Assert.Contains(project.Claims, c => c.SaidOn is { Length: 7 });
    }

    [Fact]
    public void Same_seed_same_bytes_other_seed_other_bytes()
    {
        string Write(string name, int seed)
        {
            var dir = Path.Combine(_temp, name);
            ProjectWriter.Write(SyntheticProject.Create(200, seed), dir, Repo.Path("templates"));
            return dir;
        }
        var (a, b, c) = (Write("a", 1), Write("b", 1), Write("c", 2));

        Assert.Equal(Fingerprint(a), Fingerprint(b));
        Assert.NotEqual(Fingerprint(a), Fingerprint(c));
    }

    /// <summary>Every data file's path and SHA-256, in path order.</summary>
    private static string Fingerprint(string project) =>
        string.Join('\n', Repo.Files(project, "data").OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => f.Key + " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(f.Value))));
}
