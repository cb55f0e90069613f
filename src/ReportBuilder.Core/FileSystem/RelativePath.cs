namespace ReportBuilder.Core.FileSystem;

/// <summary>
/// The one path-safety rule for names that must stay inside a folder (a file in out/, a template include): relative,
/// '/'-separated, no backslash or colon, and no empty, "." or ".." segment, so it cannot climb out, start at a root or
/// name a drive.
/// </summary>
internal static class RelativePath
{
    public static bool StaysInside(string path) =>
        path.Length > 0 && !path.Contains('\\', StringComparison.Ordinal) && !path.Contains(':', StringComparison.Ordinal)
        && path.Split('/').All(s => s.Length > 0 && s != "." && s != "..");
}
