using System.Globalization;
using System.Text;

namespace ReportBuilder.Layout.Pdf;

/// <summary>
/// An incremental update after Skia's PDF: new objects and new versions of Skia's, then a
/// cross-reference section for them and a trailer with /Prev pointing at Skia's table. Everything
/// written is Latin-1 (one byte a character), so the text's length is the byte count.
/// </summary>
internal sealed class IncrementalUpdate(PdfTail tail, long start)
{
    private readonly StringBuilder _text = new("\n");
    private readonly SortedDictionary<int, long> _offsets = [];
    private readonly long _at = tail.End - start;
    private int _next = tail.Size;

    public PdfTail Tail => tail;

    /// <summary>The number of a new object.</summary>
    public int Allocate() => _next++;

    /// <summary>Writes object <paramref name="number"/>: a new one, or a new version of one of Skia's.</summary>
    public void Object(int number, string body)
    {
        _offsets[number] = _at + _text.Length;
        _text.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
    }

    /// <summary>Appends the objects, their cross-reference section and the trailer, which names <paramref name="info"/> (such as "233 0 R").</summary>
    public void WriteTo(Stream pdf, string info)
    {
        long xref = _at + _text.Length;
        _text.Append("xref\n");
        foreach (var run in Runs(_offsets.Keys))
        {
            _text.Append(CultureInfo.InvariantCulture, $"{run.First} {run.Count}\n");
            for (int n = run.First; n < run.First + run.Count; n++)
                _text.Append(CultureInfo.InvariantCulture, $"{_offsets[n]:D10} 00000 n \n");
        }
        _text.Append(CultureInfo.InvariantCulture,
            $"trailer\n<</Size {_next}\n/Root {tail.RootObject} 0 R\n/Info {info}\n/Prev {tail.StartXref}>>\nstartxref\n{xref}\n%%EOF\n");

        pdf.Position = tail.End;
        pdf.Write(Encoding.Latin1.GetBytes(_text.ToString()));
        pdf.Flush();
    }

    /// <summary>Consecutive object numbers, as xref subsections.</summary>
    private static IEnumerable<(int First, int Count)> Runs(IEnumerable<int> numbers)
    {
        int first = -1, count = 0;
        foreach (int n in numbers)
        {
            if (count > 0 && n == first + count)
            {
                count++;
                continue;
            }
            if (count > 0)
                yield return (first, count);
            (first, count) = (n, 1);
        }
        if (count > 0)
            yield return (first, count);
    }
}
