using System.Diagnostics;
using System.Net.Sockets;
using ReportBuilder.Tests.Support;
using ReportBuilder.Tests.Validation;

namespace ReportBuilder.Tests.Loading;

/// <summary>
/// RB0008's golden case, made in the test because git cannot hold it: links to files outside the project, a link
/// to the zero device and to the root, a link loop, a FIFO and a socket in data/ and templates/. None is followed
/// or opened, each is named, and neither check nor build hangs or publishes anything behind them.
/// </summary>
public sealed class SpecialEntryTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly TempProject _project = TempProject.OfFixture("rb-special-", withTemplates: true);
    private readonly Socket _socket = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);

    public void Dispose()
    {
        _socket.Dispose();
        _project.Dispose();
    }

    private string HostileProject()
    {
        var project = _project.Root;
        File.CreateSymbolicLink(Path.Combine(project, "data", "sheets", "z.yaml"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(project, "data", "sources", "leak.txt"), "/etc/passwd");
        Directory.CreateSymbolicLink(Path.Combine(project, "data", "root"), "/");
        File.CreateSymbolicLink(Path.Combine(project, "templates", "assets", "s.txt"), "/etc/shadow");
        Directory.CreateSymbolicLink(Path.Combine(project, "templates", "partials", "loop"), "..");
        MakeFifo(Path.Combine(project, "data", "sheets", "pipe.yaml"));
        _socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(project, "data", "sock")));
        return project;
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private static (int Exit, string Out, string Err) RunWithin(params string[] args)
    {
        var run = Task.Run(() => CliRunner.Run(args));
        Assert.True(run.Wait(Patience), $"'{string.Join(' ', args)}' did not finish within {Patience}");
        return run.Result;
    }

    [Fact]
    public void Check_names_every_link_fifo_and_socket_and_follows_none()
    {
        var project = HostileProject();

        var (exit, stdout, _) = RunWithin("check", "--project", project);

        Assert.Equal(1, exit);
        const string Hint = "  hint: put the file itself here: a link could publish a file from outside the project\n";
        const string Remove = "  hint: remove it: only regular files belong in data/ and templates/\n";
        const string Tail = "; only regular files and folders are read, and this was not followed or opened\n";
        Assert.Equal(
            "data/root: error RB0008: data/root is a symbolic link" + Tail + Hint +
            "data/sheets/pipe.yaml: error RB0008: data/sheets/pipe.yaml is a FIFO (named pipe)" + Tail + Remove +
            "data/sheets/z.yaml: error RB0008: data/sheets/z.yaml is a symbolic link" + Tail + Hint +
            "data/sock: error RB0008: data/sock is a socket" + Tail + Remove +
            "data/sources/leak.txt: error RB0008: data/sources/leak.txt is a symbolic link" + Tail + Hint +
            "templates/assets/s.txt: error RB0008: templates/assets/s.txt is a symbolic link" + Tail + Hint +
            "templates/partials/loop: error RB0008: templates/partials/loop is a symbolic link" + Tail + Hint +
            "check: 7 errors in 7 files\n",
            stdout);
    }

    [Fact]
    public void Build_refuses_and_publishes_nothing_behind_a_link()
    {
        var project = HostileProject();

        var (exit, _, stderr) = RunWithin("build", "--project", project);

        Assert.Equal(1, exit);
        Assert.Contains("data/sheets/z.yaml: error RB0008:", stderr);
        Assert.False(Directory.Exists(Path.Combine(project, "out")));
    }

    [Fact]
    public void A_linked_asset_in_valid_data_stops_the_build()
    {
        var project = _project.Root;
        File.CreateSymbolicLink(Path.Combine(project, "templates", "assets", "s.txt"), "/etc/shadow");

        var (exit, _, stderr) = RunWithin("build", "--project", project);

        Assert.Equal(1, exit);
        Assert.Contains("templates/assets/s.txt: error RB0008: templates/assets/s.txt is a symbolic link", stderr);
        Assert.False(Directory.Exists(Path.Combine(project, "out")));
    }

    [Fact]
    public void A_required_file_or_source_text_that_is_a_link_is_reported_once_as_a_link_not_as_missing()
    {
        var project = _project.Root;
        foreach (var file in new[] { "data/actors.yaml", "data/sources/report.txt" })
        {
            File.Move(Path.Combine(project, file), Path.Combine(_project.Folder, Path.GetFileName(file)));
            File.CreateSymbolicLink(Path.Combine(project, file), Path.Combine(_project.Folder, Path.GetFileName(file)));
        }

        var (exit, stdout, _) = RunWithin("check", "--project", project);

        Assert.Equal(1, exit);
        Assert.DoesNotContain("RB0006", stdout, StringComparison.Ordinal);
        Assert.Contains("data/actors.yaml: error RB0008: data/actors.yaml is a symbolic link", stdout, StringComparison.Ordinal);
        Assert.Contains("data/sources/report.txt: error RB0008: data/sources/report.txt is a symbolic link", stdout, StringComparison.Ordinal);
    }
}
