using KnowledgeGraph.Import.Reading;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Reading;

public sealed class OfdTextTests
{
    [Theory]
    [InlineData("erdao-official.pdf")]
    [InlineData("lvyuan-table-ruled.pdf")]
    [InlineData("changchun-two-row-headers.pdf")]
    [InlineData("lvyuan-box-ruled.pdf")]
    [InlineData("lianhuashan-libreoffice.pdf")]
    // A landscape table printed onto portrait pages and turned: its letters run up the page.
    [InlineData("lvyuan-table-turned.pdf")]
    public void An_ofd_of_a_pdfs_pages_reads_as_the_pdf_does(string fixture)
    {
        var pdf = File.ReadAllBytes(PdfDocuments.FixturePath(fixture));
        var read = PlanFileReader.Read("plan.pdf", pdf);

        var ofd = PlanFileReader.Read("plan.ofd", OfdDocuments.FromPdf(pdf));

        Assert.Equal(read.Lines, ofd.Lines);
        Assert.Equal(read.LineNumbers, ofd.LineNumbers);
        Assert.Equal(read.StoredTitle, ofd.StoredTitle);
    }

    private const string Ns = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";

    private static byte[] Ofd(string content, string? document = null, string title = "宽城区“十四五”规划") => OfdDocuments.Package(
    [
        ("OFD.xml", $"<ofd:OFD {Ns}><ofd:DocBody><ofd:DocInfo><ofd:Title>{title}</ofd:Title></ofd:DocInfo><ofd:DocRoot>/Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"),
        ("Doc_0/Document.xml", document ?? $"""<ofd:Document {Ns}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="/Doc_0/Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>"""),
        ("Doc_0/PublicRes.xml", $"""<ofd:Res {Ns}><ofd:Fonts><ofd:Font ID="2" FontName="宋体"/><ofd:Font ID="3" FontName="黑体"/></ofd:Fonts></ofd:Res>"""),
        ("Doc_0/Pages/Page_0/Content.xml", $"<ofd:Page {Ns}><ofd:Content><ofd:Layer ID=\"1\">{content}</ofd:Layer></ofd:Content></ofd:Page>"),
    ]);

    [Fact]
    public void Letters_are_placed_by_boundary_transformation_and_advances()
    {
        // A title in 黑体, a heading line of two text codes (the second placed where the first left off), a body line
        // drawn at twice its size and halved by its transformation inside a block of objects, its advances repeated with “g”,
        // and a line whose object gives no size (read at a body size).
        var page = Ofd("""
            <ofd:TextObject ID="1" Boundary="20 20 170 10" Font="3" Size="7.4"><ofd:TextCode X="60" Y="7.4" DeltaX="g 8 7.4">长春市宽城区发展规划</ofd:TextCode></ofd:TextObject>
            <ofd:TextObject ID="2" Boundary="25 40 170 6" Font="2" Size="5.6"><ofd:TextCode X="0" Y="5.6" DeltaX="5.6 5.6 5.6">第一章 </ofd:TextCode><ofd:TextCode DeltaX="5.6 5.6 5.6">发展基础</ofd:TextCode></ofd:TextObject>
            <ofd:PageBlock ID="3"><ofd:TextObject ID="4" Boundary="25 50 170 6" CTM="0.5 0 0 0.5 0 0" Font="2" Size="11.2"><ofd:TextCode X="0" Y="11.2" DeltaX="g 9 11.2">全区经济总量稳步提升。</ofd:TextCode></ofd:TextObject></ofd:PageBlock>
            <ofd:TextObject ID="5" Boundary="25 56 170 6" Font="2"><ofd:TextCode X="0" Y="3.7" DeltaX="g 9 3.7">（没有字号的文字对象）</ofd:TextCode></ofd:TextObject>
            """);

        var read = PlanFileReader.Read("宽城区.ofd", page);

        Assert.Equal(["长春市宽城区发展规划", "第一章 发展基础", "全区经济总量稳步提升。", "（没有字号的文字对象）"], read.Lines.Select(l => l.Trim()));
        Assert.All(read.LineNumbers!, n => Assert.Equal(1, n));
        Assert.Equal("宽城区“十四五”规划", read.StoredTitle);
    }

    [Theory]
    [InlineData("not zip", null, "not an OFD document (OFD files are ZIP archives)")]
    [InlineData("no OFD.xml", null, "a ZIP archive without OFD.xml")]
    [InlineData("page missing", 1, "page 1's content, Pages/Page_9/Content.xml, is not in the file")]
    [InlineData("broken xml", null, "not well-formed XML")]
    [InlineData("bad number", null, "not a readable OFD (")]
    [InlineData("huge number", null, "“1e999” is no coordinate on a page")]
    [InlineData("no text", null, "the OFD has no text layer")]
    public void An_ofd_that_cannot_be_read_is_rejected_with_what_is_wrong(string damage, int? line, string reason)
    {
        const string text = """<ofd:TextObject ID="1" Boundary="20 20 170 10" Font="2" Size="5"><ofd:TextCode X="0" Y="5">规划</ofd:TextCode></ofd:TextObject>""";
        var bytes = damage switch
        {
            "not zip" => System.Text.Encoding.UTF8.GetBytes("长春市国民经济和社会发展第十四个五年规划纲要"),
            "no OFD.xml" => OfdDocuments.Package([("Doc_0/Document.xml", "<x/>")]),
            "page missing" => Ofd(text, $"""<ofd:Document {Ns}><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_9/Content.xml"/></ofd:Pages></ofd:Document>"""),
            "broken xml" => Ofd("<ofd:TextObject>"),
            "bad number" => Ofd(text.Replace("Size=\"5\"", "Size=\"五\"", StringComparison.Ordinal)),
            "huge number" => Ofd(text.Replace("X=\"0\"", "X=\"1e999\"", StringComparison.Ordinal)),
            _ => Ofd("""<ofd:PathObject ID="1" Boundary="0 0 210 297"><ofd:AbbreviatedData>M 10 10 L 200 10</ofd:AbbreviatedData></ofd:PathObject>"""),
        };

        var error = Assert.Throws<PlanInputException>(() => PlanFileReader.Read("规划.ofd", bytes));

        Assert.Equal(("规划.ofd", line), (error.File, error.Line));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }
}
