using ReportBuilder.Serve;

namespace ReportBuilder.Tests.Serve;

/// <summary>serve's change poll sees every entry of data/ and templates/ and never walks through a link.</summary>
public sealed class ProjectSignatureTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("rb-signature-").FullName;

    private string Project => Path.Combine(_root, "project");

    private string Elsewhere => Path.Combine(_root, "elsewhere");

    public ProjectSignatureTests()
    {
        Directory.CreateDirectory(Path.Combine(Project, "data"));
        Directory.CreateDirectory(Path.Combine(Project, "templates"));
        File.WriteAllText(Path.Combine(Project, "data", "site.yaml"), "title: t\n");
        Directory.CreateDirectory(Elsewhere);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_link_to_a_folder_is_an_entry_of_its_own_and_what_it_points_to_is_not_walked()
    {
        var before = ProjectSignature.Of(Project);
        Directory.CreateSymbolicLink(Path.Combine(Project, "data", "outside"), Elsewhere);
        var linked = ProjectSignature.Of(Project);
        Assert.NotEqual(before, linked);

        File.WriteAllText(Path.Combine(Elsewhere, "new.yaml"), "changed outside the project");
        Assert.Equal(linked, ProjectSignature.Of(Project));
        Assert.DoesNotContain("new.yaml", linked, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_as_a_link_is_one_line_not_a_walk_of_where_it_points()
    {
        Directory.Delete(Path.Combine(Project, "data"), recursive: true);
        File.WriteAllText(Path.Combine(Elsewhere, "site.yaml"), "title: t\n");
        Directory.CreateSymbolicLink(Path.Combine(Project, "data"), Elsewhere);
        var signature = ProjectSignature.Of(Project);
        Assert.Contains("data\tLink", signature, StringComparison.Ordinal);
        Assert.DoesNotContain("site.yaml", signature, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edit_of_a_file_changes_the_signature()
    {
        var before = ProjectSignature.Of(Project);
        File.WriteAllText(Path.Combine(Project, "data", "site.yaml"), "title: a longer title\n");
        Assert.NotEqual(before, ProjectSignature.Of(Project));
    }
}
