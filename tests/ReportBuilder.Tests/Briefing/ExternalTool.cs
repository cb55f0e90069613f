using System.Diagnostics;

namespace ReportBuilder.Tests.Briefing;

/// <summary>Runs an outside validator (qpdf, pdffonts). A missing tool fails the test loudly; it never skips.</summary>
internal static class ExternalTool
{
    public static (int Exit, string Output) Run(string tool, params string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail($"'{tool}' is not installed: run tools/setup.sh (CI runs it from .ci/run)");
            throw;
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output + stderr.Result);
        }
    }
}
