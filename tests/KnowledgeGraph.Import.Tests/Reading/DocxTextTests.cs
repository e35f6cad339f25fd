using KnowledgeGraph.Import.Extraction.IndicatorTables;
using KnowledgeGraph.Import.Extraction.Projects;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Reading;
using KnowledgeGraph.Import.Structure;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Reading;

public sealed class DocxTextTests
{
    private static StructuredPlan Structured(SourceDocument source) =>
        StructurePass.Structure(Normaliser.Normalise(source), Corpus.Manifest.For(source.FileName)).Plans.Single();

    [Fact]
    public void The_document_of_a_docx_extraction_reads_as_the_extraction_does()
    {
        // 绿园区's file is a DOCX extraction. Made back into its document (its indicator table a real table,
        // its headings' bookmarks real bookmarks) and read as a .docx, it gives the extraction's lines and
        // the same plan: its outline, its indicator table's rows, its boxes' projects.
        var path = Corpus.PathOf("002");
        var lines = SourceDocument.SplitLines(File.ReadAllText(path));
        // Named as the extraction is, so that its manifest entry describes it too.
        var source = PlanFileReader.Read("绿园区.docx", WordDocuments.Package(WordDocuments.BodyOf(lines))) with { FileName = Path.GetFileName(path) };

        Assert.Equal(lines, source.Lines);
        var extracted = Corpus.Plan("002");
        var read = Structured(source);
        static IEnumerable<(string, int)> Outline(StructuredPlan p) => p.AllSections().Select(s => (s.Title, s.Depth));
        Assert.Equal(Outline(extracted), Outline(read));
        static IEnumerable<string> Goals(StructuredPlan p) => IndicatorTableFamily.Extract(p).Goals.Select(g => $"{g.Text} {g.Baseline} {g.Target}");
        Assert.Equal(Goals(extracted), Goals(read));
        Assert.Contains(Goals(read), g => g.StartsWith("地区生产总值（GDP）增长", StringComparison.Ordinal));
        static IEnumerable<string> Projects(StructuredPlan p) => ProjectExtraction.Extract(p).Projects.Select(x => x.Name);
        Assert.Equal(Projects(extracted), Projects(read));
        Assert.Contains("长春海吉星交易中心项目", Projects(read));

        // Provenance gives a line's paragraph: the table's rows end in no paragraph of their own, so the
        // paragraphs after the table stand at smaller numbers than the extraction's lines.
        var numbers = read.FileLines!.Value.Numbers;
        int LineOf(StructuredPlan p, string title) => p.AllSections().Single(s => s.Title == title).Heading.LineStart;
        Assert.Equal(LineOf(extracted, "发展基础与环境"), numbers[LineOf(read, "发展基础与环境") - 1]);
        var last = extracted.AllSections().Last().Title;
        Assert.Equal(LineOf(extracted, last), LineOf(read, last));
        Assert.True(numbers[LineOf(read, last) - 1] < LineOf(extracted, last));
        Assert.Equal(source.LineNumbers!.Count, source.Lines.Count);
    }

    [Fact]
    public void A_table_is_read_cell_by_cell_and_a_heading_by_its_contents_bookmark()
    {
        var body = """
            <w:p><w:bookmarkStart w:id="0" w:name="_Toc123"/><w:bookmarkStart w:id="1" w:name="_GoBack"/><w:r><w:t>发展目标</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>
            <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t xml:space="preserve"> 到2030年，</w:t></w:r><w:del w:id="2"><w:r><w:delText>删去</w:delText></w:r></w:del><w:ins w:id="3"><w:r><w:t>地区生产总值</w:t></w:r></w:ins><w:r><w:instrText>PAGEREF _Toc123</w:instrText><w:t>突破500亿元。</w:t></w:r></w:p>
            <w:tbl><w:tblPr/>
            <w:tr><w:tc><w:p><w:r><w:t>类别</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc></w:tr>
            <w:tr><w:tc><w:p><w:r><w:t>经济</w:t></w:r></w:p><w:p><w:r><w:t>发展</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>
            </w:tbl>
            <w:p><w:r><w:t>一行</w:t><w:br/><w:t>两行</w:t><w:br w:type="page"/></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:drawing></mc:Choice><mc:Fallback><w:pict><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
            """;

        var document = PlanFileReader.Read("plan.docx", WordDocuments.Package(body, "word/document2.xml"));

        Assert.Equal(["[bookmark: _Toc123]发展目标", " 到2030年，地区生产总值突破500亿元。", "\t类别", "\t指标", "", "\t经济", "发展", "\t", "", "一行", "两行"], document.Lines);
        Assert.Equal([1, 2, 3, 4, 4, 5, 6, 7, 7, 8, 8], document.LineNumbers);
    }

    [Theory]
    [InlineData("zip without document", "a ZIP archive without a Word document part")]
    [InlineData("broken xml", "not well-formed XML")]
    [InlineData("cut short", "not a readable .docx")]
    [InlineData("Word 97", "not a Word document")]
    public void A_docx_that_cannot_be_read_is_rejected_with_what_is_wrong(string damage, string reason)
    {
        var bytes = WordDocuments.Package("<w:p><w:r><w:t>长春市国民经济和社会发展第十四个五年规划纲要</w:t></w:r></w:p>");
        bytes = damage switch
        {
            "zip without document" => WithoutPart(WordDocuments.Package("", "word/other.xml"), "word/other.xml"),
            "broken xml" => WordDocuments.Package("<w:p><w:r><w:t>长春</w:r></w:p>"),
            "Word 97" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
            _ => bytes[..(bytes.Length / 2)],
        };

        var error = Assert.Throws<PlanInputException>(() => PlanFileReader.Read("plan.docx", bytes));

        Assert.Equal("plan.docx", error.File);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    // A package whose relationship names a part it does not hold, and no word/document.xml.
    private static byte[] WithoutPart(byte[] package, string part)
    {
        using var memory = new MemoryStream();
        memory.Write(package);
        using (var archive = new System.IO.Compression.ZipArchive(memory, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry(part)!.Delete();
        }
        return memory.ToArray();
    }
}
