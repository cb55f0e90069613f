using ReportBuilder.Core.Model;
using ReportBuilder.Serve;

namespace ReportBuilder.Tests.Serve;

public sealed class ServedBriefingsTests
{
    [Fact]
    public void A_week_is_typeset_once_and_a_failure_is_not_kept()
    {
        var calls = 0;
        var briefings = new ServedBriefings(week =>
        {
            if (++calls == 1)
                throw new IOException("a passing failure");
            return new TypesetBriefing([1, 2, 3], []);
        });

        Assert.Throws<IOException>(() => briefings.Get("briefings/2024-W52.pdf"));
        Assert.Equal([1, 2, 3], briefings.Get("briefings/2024-W52.pdf")!.Pdf);
        Assert.Equal([1, 2, 3], briefings.Get("briefings/2024-W52.pdf")!.Pdf);
        Assert.Equal(2, calls);
        Assert.Null(briefings.Get("briefings/2024-W52.md"));
    }
}
