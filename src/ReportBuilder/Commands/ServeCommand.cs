using System.CommandLine;
using System.Net;
using ReportBuilder.Serve;

namespace ReportBuilder.Commands;

/// <summary>
/// <c>reportbuilder serve</c>: builds the site into memory, serves it on loopback, rebuilds when data/ or
/// templates/ change and reloads open pages; a failed rebuild shows its diagnostics over the last good page and
/// on the terminal. Writes nothing into out/, only the render cache beside it (see ServeCache). Ctrl+C stops it.
/// </summary>
internal static class ServeCommand
{
    /// <summary>How often the project is polled for changes: well inside the one second a reload may take.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    public static Command Create(CliOutput output)
    {
        var project = ProjectOption.Create();
        var port = new Option<int>("--port") { Description = "The port to listen on (0: any free port)", DefaultValueFactory = _ => 5080, HelpName = "N" };
        port.Validators.Add(r =>
        {
            if (r.GetValue(port) is < 0 or > 65535)
                r.AddError("--port must be from 0 to 65535");
        });
        var host = new Option<string>("--host") { Description = "The address to listen on (default: loopback only)", DefaultValueFactory = _ => "127.0.0.1", HelpName = "ADDRESS" };
        var command = new Command("serve", "Serve the site from memory, rebuild on every change and reload open pages") { project, port, host };
        command.SetAction((parse, token) => Run(parse.GetValue(project)!, parse.GetValue(host)!, parse.GetValue(port), output, token));
        return command;
    }

    private static async Task<int> Run(string projectDirectory, string hostText, int port, CliOutput output, CancellationToken token)
    {
        if (!IPAddress.TryParse(hostText, out var host))
            return output.Refuse($"--host '{hostText}' is not an IP address (try 127.0.0.1)");
        if (!Directory.Exists(projectDirectory))
            return output.Refuse($"project folder '{projectDirectory}' does not exist");
        var site = new LiveSite(Path.GetFullPath(projectDirectory), output.Error);
        site.Rebuild();
        SiteServer server;
        try
        {
            server = await SiteServer.StartAsync(site, host, port, token);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException)
        {
            // Kestrel's word for a port in use (IOException) or an address this machine does not have (SocketException).
            return output.Refuse($"cannot listen on {host}:{port}: {e.Message}");
        }
        await using (server)
        {
            if (!IPAddress.IsLoopback(host))
                output.Error.WriteLine($"serve: warning: listening on {host}, reachable from other machines");
            output.Out.WriteLine($"serving {new Uri(server.Address, site.Current.BasePath.TrimStart('/'))} (Ctrl+C to stop)");
            // Ctrl+C reaches whichever of the command line and the web host handles it first: either stops the watch.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(token, server.Stopping);
            await site.WatchAsync(PollInterval, stop.Token);
            output.Error.WriteLine("serve: stopping");
            await server.StopAsync();
        }
        return Cli.Success;
    }
}
