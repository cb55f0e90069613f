using ReportBuilder.Core.Diff;

namespace ReportBuilder.Tests.Support;

/// <summary>
/// The one received/verified engine (Verify's conventions): text is locked in a committed <c>*.verified.*</c> file;
/// a mismatch writes <c>*.received.*</c> beside it (git-ignored) and reports a unified diff; a match deletes a stale
/// received file; <c>ACCEPT_SNAPSHOTS=1</c> writes the text as verified instead of comparing.
/// </summary>
internal static class Snapshot
{
    public const string AcceptHint = "If the change is intended: ACCEPT_SNAPSHOTS=1 dotnet test   (or tests/accept-snapshots.sh)";

    public static bool Accepting => Environment.GetEnvironmentVariable("ACCEPT_SNAPSHOTS") == "1";

    /// <summary>Fails with the difference when <paramref name="actual"/> is not the text of <paramref name="verifiedPath"/>.</summary>
    public static void Verify(string verifiedPath, string actual)
    {
        if (Compare(verifiedPath, actual, verifiedPath) is { } problem)
            Assert.Fail(problem + "\n" + AcceptHint);
    }

    /// <summary>
    /// Null when <paramref name="actual"/> is the verified text (or was just accepted); otherwise writes the received
    /// file and says what differs, naming the file as <paramref name="label"/>.
    /// </summary>
    public static string? Compare(string verifiedPath, string actual, string label)
    {
        var receivedPath = Received(verifiedPath);
        if (Accepting)
            Write(verifiedPath, actual);
        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath) : null;
        if (verified == actual)
        {
            File.Delete(receivedPath);
            return null;
        }
        Write(receivedPath, actual);
        return verified is null
            ? $"new file: {label}"
            : $"changed: {label}\n{UnifiedDiff.Of(verified, actual, $"{label} (verified)", $"{label} (received)", maxHunks: 4,
                "… (more differences: compare the .received. file with its .verified. one)")}";
    }

    /// <summary><c>x.verified.txt</c> → <c>x.received.txt</c>.</summary>
    private static string Received(string verifiedPath)
    {
        var name = Path.GetFileName(verifiedPath);
        if (!name.Contains(".verified", StringComparison.Ordinal))
            throw new ArgumentException($"'{verifiedPath}' is not a .verified. file", nameof(verifiedPath));
        return Path.Combine(Path.GetDirectoryName(verifiedPath)!, name.Replace(".verified", ".received", StringComparison.Ordinal));
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
