using ReportBuilder.Layout.Composition;

namespace ReportBuilder.Tests.Layout;

/// <summary>Structure elements are written as soon as they are complete, so the tree is not kept to the end.</summary>
public sealed class StructureTreeTests
{
    [Fact]
    public void An_element_is_written_once_its_block_is_composed_and_its_items_drawn_and_its_parent_after_it()
    {
        var sink = new RecordingSink();
        var document = StructureNode.Document(sink);
        var list = document.Add("L");
        var item = list.Add("LI");
        var body = item.Add("LBody");
        body.ItemComposed();
        body.ItemComposed();

        document.ChildrenComposedFrom(0);
        Assert.Empty(sink.Written);

        body.AddContent(page: 7, mcid: 0);
        body.ItemDrawn();
        Assert.Empty(sink.Written);

        body.AddContent(page: 8, mcid: 0);
        body.ItemDrawn();
        Assert.Equal(["LBody", "LI", "L"], sink.Written.Select(e => e.Role));
        Assert.Equal([new StructureKid(null, 0, list.Number, KidKind.Element)], document.Kids);
        Assert.True(document.ChildrenWritten);
    }

    [Fact]
    public void An_element_waits_for_a_child_made_while_drawing()
    {
        var sink = new RecordingSink();
        var paragraph = StructureNode.Document(sink).Add("P");
        paragraph.ItemComposed();
        paragraph.Composed();
        var link = paragraph.Add("Link");
        link.ItemComposed();
        link.Composed();

        paragraph.ItemDrawn();
        Assert.Empty(sink.Written);

        link.ItemDrawn();
        Assert.Equal(["Link", "P"], sink.Written.Select(e => e.Role));
    }

    [Fact]
    public void A_measured_tree_keeps_no_children_and_writes_nothing()
    {
        var document = StructureNode.Measured();
        var paragraph = document.Add("P");
        paragraph.ItemComposed();
        paragraph.ItemDrawn();
        document.ChildrenComposedFrom(0);

        Assert.Empty(document.Kids);
        Assert.Throws<InvalidOperationException>(() => paragraph.Number);
    }

    private sealed class RecordingSink : IStructureSink
    {
        private int _next = 100;

        public List<StructureNode> Written { get; } = [];

        public int Allocate() => _next++;

        public void Write(StructureNode element) => Written.Add(element);
    }
}
