using ReportBuilder.Tests.Layout.Support;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Tokens;

namespace ReportBuilder.Tests.Layout;

/// <summary>
/// The structure tree read backwards, as a screen reader finds the element of what is under the pointer: each
/// page's marked content and each link annotation through the parent tree to the element that claims it.
/// </summary>
public sealed class ParentTreeTests(RenderedBriefing briefing) : IClassFixture<RenderedBriefing>
{
    [Fact]
    public void Every_marked_content_id_and_every_link_annotation_leads_to_the_element_that_claims_it()
    {
        var document = briefing.Pdf.Document;
        var nums = ParentTreeNums(document);
        int annotations = 0;

        foreach (var page in document.GetPages())
        {
            var pageRef = PageReference(document, page.Number);
            Assert.True(page.Dictionary.TryGet(NameToken.Create("Tabs"), out NameToken tabs) && tabs.Data == "S", $"page {page.Number} has no /Tabs /S");
            var mcids = page.Operations.OfType<BeginMarkedContentWithProperties>()
                .Select(b => b.Properties?.Data.TryGetValue("MCID", out var t) == true && t is NumericToken n ? n.Int : -1)
                .Where(m => m >= 0).ToList();
            Assert.Equal(Enumerable.Range(0, mcids.Count), mcids.Order());
            var key = ((NumericToken)page.Dictionary.Data["StructParents"]).Int;
            var owners = (ArrayToken)Resolve(document, nums[key]);
            Assert.Equal(mcids.Count, owners.Length);
            for (int mcid = 0; mcid < owners.Length; mcid++)
            {
                var element = (DictionaryToken)Resolve(document, owners[mcid]);
                Assert.True(Claims(document, element, pageRef, mcid), $"page {page.Number}: MCID {mcid} is not a kid of the element the parent tree names");
            }
            if (!page.Dictionary.TryGet(NameToken.Create("Annots"), out ArrayToken annots))
                continue;
            foreach (var reference in annots.Data.OfType<IndirectReferenceToken>())
            {
                var annotation = (DictionaryToken)Resolve(document, reference);
                var link = (DictionaryToken)Resolve(document, nums[((NumericToken)annotation.Data["StructParent"]).Int]);
                Assert.Equal("Link", ((NameToken)link.Data["S"]).Data);
                Assert.Contains(Kids(document, link).OfType<DictionaryToken>(), kid =>
                    kid.Data.TryGetValue("Type", out var type) && type is NameToken { Data: "OBJR" }
                    && kid.Data["Obj"] is IndirectReferenceToken obj && obj.Data.Equals(reference.Data));
                annotations++;
            }
        }
        Assert.True(annotations > 0, "the briefing has no link annotations to check");
    }

    /// <summary>The parent tree as one map from key to value: the writer gives it as one flat /Nums array.</summary>
    private static Dictionary<int, IToken> ParentTreeNums(UglyToad.PdfPig.PdfDocument document)
    {
        var root = (DictionaryToken)Resolve(document, document.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"]);
        var tree = (DictionaryToken)Resolve(document, root.Data["ParentTree"]);
        var flat = (ArrayToken)Resolve(document, tree.Data["Nums"]);
        var nums = new Dictionary<int, IToken>();
        for (int i = 0; i < flat.Length; i += 2)
            nums.Add(((NumericToken)flat[i]).Int, flat[i + 1]);
        Assert.Equal(((NumericToken)root.Data["ParentTreeNextKey"]).Int, nums.Count);
        return nums;
    }

    /// <summary>True when the element's kids name marked content <paramref name="mcid"/> on the page: as an integer on its own page, or as a marked-content reference.</summary>
    private static bool Claims(UglyToad.PdfPig.PdfDocument document, DictionaryToken element, IndirectReference page, int mcid)
    {
        bool onOwnPage = element.Data.TryGetValue("Pg", out var pg) && pg is IndirectReferenceToken r && r.Data.Equals(page);
        return Kids(document, element).Any(kid => kid switch
        {
            NumericToken n => onOwnPage && n.Int == mcid,
            DictionaryToken mcr => mcr.Data.TryGetValue("MCID", out var m) && m is NumericToken id && id.Int == mcid
                && mcr.Data["Pg"] is IndirectReferenceToken p && p.Data.Equals(page),
            _ => false,
        });
    }

    private static IEnumerable<IToken> Kids(UglyToad.PdfPig.PdfDocument document, DictionaryToken element) =>
        Resolve(document, element.Data["K"]) is ArrayToken array ? array.Data.Select(k => k is IndirectReferenceToken ? k : Resolve(document, k)) : [Resolve(document, element.Data["K"])];

    /// <summary>The page's object, from the page tree: the writer makes it one node whose kids are the pages in order.</summary>
    private static IndirectReference PageReference(UglyToad.PdfPig.PdfDocument document, int number)
    {
        var pages = (DictionaryToken)Resolve(document, document.Structure.Catalog.CatalogDictionary.Data["Pages"]);
        return ((IndirectReferenceToken)((ArrayToken)pages.Data["Kids"])[number - 1]).Data;
    }

    private static IToken Resolve(UglyToad.PdfPig.PdfDocument document, IToken token) =>
        token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : token;
}
