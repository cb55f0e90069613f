using System.Diagnostics;

namespace ReportBuilder.Tests.Support;

/// <summary>
/// Runs an outside validator (qpdf, pdffonts). A missing tool fails the test with how to install it: a check
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
                $"'{tool}' is required by this test and was not found ({e.Message}). Run tools/setup.sh (CI runs it from .ci/run)", e);
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
