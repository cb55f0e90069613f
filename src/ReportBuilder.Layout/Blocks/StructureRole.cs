namespace ReportBuilder.Layout;

/// <summary>
/// What a block is, for readers that do not see the page (the PDF's structure tags). A block has a
/// natural role (a paragraph is P, a heading of level n is Hn, a box is Div); a mapping may say more,
/// such as a box that holds a quotation, or a title set as a paragraph that is the document's H1.
/// </summary>
public enum StructureRole
{
    /// <summary>The block's natural role.</summary>
    Natural,
    P,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    BlockQuote,
    Div,

    /// <summary>Explanatory text beside the body, such as an editor's note; written with the unique /ID PDF/UA asks of a note.</summary>
    Note,
}
