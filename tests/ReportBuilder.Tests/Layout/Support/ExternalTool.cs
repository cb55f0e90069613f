using System.Diagnostics;

namespace ReportBuilder.Tests.Layout.Support;

/// <summary>
/// Runs a command-line PDF tool. A missing tool fails the test with how to install it: a check
/// that silently skips would let a broken PDF through.
/// </summary>
internal static class ExternalTool
{
    public static (int ExitCode, string Output) Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"'{tool}' is required by this test and was not found ({e.Message}). Install it: apt-get install -y qpdf poppler-utils", e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.Result + error.Result);
        }
    }
}
