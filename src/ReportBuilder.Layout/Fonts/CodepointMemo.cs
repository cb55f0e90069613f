namespace ReportBuilder.Layout.Fonts;

/// <summary>
/// Remembers a yes-or-no answer per Basic Multilingual Plane code point, asking <paramref name="answer"/> once for
/// each; code points above it are asked every time. Safe to share between renders.
/// </summary>
internal sealed class CodepointMemo(Func<int, bool> answer)
{
    private readonly ulong[] _known = new ulong[1024];
    private readonly ulong[] _yes = new ulong[1024];

    public bool Get(int codepoint)
    {
        if (codepoint > 0xFFFF)
            return answer(codepoint);
        int word = codepoint >> 6;
        ulong bit = 1UL << (codepoint & 63);
        if ((Volatile.Read(ref _known[word]) & bit) != 0)
            return (_yes[word] & bit) != 0;
        bool yes = answer(codepoint);
        // Interlocked keeps concurrent renders sharing the memo from losing each other's bits.
        Interlocked.Or(ref _yes[word], yes ? bit : 0);
        Interlocked.Or(ref _known[word], bit);
        return yes;
    }
}
