using KnowledgeGraph.Import.Extraction.Projects;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Reading;
using KnowledgeGraph.Import.Structure;
using KnowledgeGraph.Import.Tests.Support;
using static KnowledgeGraph.Import.Tests.Support.PlanReadings;

namespace KnowledgeGraph.Import.Tests.Reading;

public sealed class DocxTextTests
{
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
        Assert.Equal(Outline(extracted), Outline(read));
        Assert.Equal(IndicatorRows(extracted), IndicatorRows(read));
        Assert.Contains(IndicatorRows(read), g => g.Contains(" 地区生产总值（GDP）增长", StringComparison.Ordinal));
        Assert.Equal(ProjectNames(extracted), ProjectNames(read));
        Assert.Contains("长春海吉星交易中心项目", ProjectNames(read));

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
    public void A_plan_a_word_processor_wrote_reads_as_its_text_does()
    {
        // 莲花山's plan as pandoc 2.17 writes it as a Word document, from an HTML rendering of the file: its
        // headings as heading paragraphs with their numbers typed (第一章 …), bookmarked by pandoc's own
        // names, its indicator table (专栏1) a table of 21 rows, the contents left out as pandoc's are fields.
        var path = Path.Combine(Corpus.RepositoryRoot, "tests", "KnowledgeGraph.Import.Tests", "Reading", "Fixtures", "lianhuashan-pandoc.docx");
        var source = PlanFileReader.Read("lianhuashan.docx", File.ReadAllBytes(path)) with { FileName = Path.GetFileName(Corpus.PathOf("000")) };

        var read = Structured(source);
        var extracted = Corpus.Plan("000");
        Assert.Equal(Outline(extracted), Outline(read));
        Assert.Equal(IndicatorRows(extracted), IndicatorRows(read));
        Assert.Contains("区域发展 地区生产总值年均增速 (%) * 6.0 10.0 以上", IndicatorRows(read));
        Assert.Equal(ProjectNames(extracted), ProjectNames(read));
    }

    [Theory]
    [InlineData("lvyuan-pandoc.docx")]
    [InlineData("lvyuan-libreoffice.docx")]
    public void A_word_processors_heading_levels_give_the_outline_of_a_plan_without_numbers(string fixture)
    {
        // 绿园区's plan as pandoc 2.17 and LibreOffice 7.4 write it from an HTML rendering of the file: its headings heading
        // paragraphs of three levels (标题 1–3 in Word: 发展基础与环境, 指导思想 …), with no number and without the bookmarks
        // of the contents, its indicator table a table, its boxes paragraphs. Before, the document read as no plan at all.
        var path = Path.Combine(Corpus.RepositoryRoot, "tests", "KnowledgeGraph.Import.Tests", "Reading", "Fixtures", fixture);
        var source = PlanFileReader.Read("lvyuan.docx", File.ReadAllBytes(path)) with { FileName = Path.GetFileName(Corpus.PathOf("002")) };

        Assert.StartsWith("[outline: 1]发展基础与环境", source.Lines[1], StringComparison.Ordinal);
        var read = Structured(source);
        var extracted = Corpus.Plan("002");
        // Its chapters whose title the extraction lost are not in the document: every titled heading stands as in the extraction.
        Assert.Equal(TitledOutline(extracted), TitledOutline(read));
        Assert.Equal(IndicatorRows(extracted), IndicatorRows(read));
        Assert.Contains(ProjectExtraction.Extract(read).Projects, p => p.Name == "长春海吉星交易中心项目");
    }

    [Theory]
    [InlineData("绿园区国民经济和社会发展第十五个五年规划纲要", "绿园区国民经济和社会发展第十五个五年规划纲要")]
    // A template's name, or a notice's, is no title: the plan is named after its area and period, as a text would be.
    [InlineData("文档1", "绿园区国民经济和社会发展第十五个五年规划纲要")]
    [InlineData(null, "绿园区国民经济和社会发展第十五个五年规划纲要")]
    [InlineData("绿园区“十五五”规划", "绿园区“十五五”规划")]
    public void A_plan_that_prints_no_title_is_named_by_the_title_its_document_stores(string? stored, string title)
    {
        // 绿园区's text prints no title; dropped in as a Word document, with no manifest entry.
        var lines = SourceDocument.SplitLines(File.ReadAllText(Corpus.PathOf("002")));
        var source = PlanFileReader.Read("lvyuan.docx", WordDocuments.Package(WordDocuments.BodyOf(lines), title: stored));

        var plan = StructurePass.Structure(Normaliser.Normalise(source), null).Plans.Single();

        Assert.Equal(stored, source.StoredTitle);
        Assert.Equal((title, "绿园区", 2026), (plan.Metadata.Title, plan.Metadata.Region, plan.Metadata.PeriodStart));
        Assert.Contains("title", plan.Metadata.Inferred);
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

    // A plan's multilevel list as Word numbers its headings (第一章 / 第一节 / 一、, the headings' styles carrying it,
    // through a list style) and a list of items (1. 2. …), a second instance of it starting again at 1.
    private const string Numbering = """
        <w:abstractNum w:abstractNumId="0">
          <w:styleLink w:val="PlanOutline"/>
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="1"/><w:suff w:val="space"/><w:lvlText w:val="第%1章"/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="2"/><w:suff w:val="space"/><w:lvlText w:val="第%2节"/></w:lvl>
          <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%3、"/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="1">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/><w:lvlText w:val="%1."/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl>
          <w:lvl w:ilvl="2"><w:numFmt w:val="bullet"/><w:lvlText w:val=" "/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="PlanOutline"/></w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="2"/></w:num>
        <w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
        <w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
        """;

    private const string Styles = """
        <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="1"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="a"><w:name w:val="Normal"/></w:style>
        """;

    private static string Styled(string style, string text) => $"""<w:p><w:pPr><w:pStyle w:val="{style}"/><w:rPr><w:b/></w:rPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>""";

    private static string Listed(int numId, int level, string text) =>
        $"""<w:p><w:pPr><w:pStyle w:val="a"/><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{numId}"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>""";

    [Fact]
    public void The_numbers_word_prints_before_headings_and_items_are_read_as_printed()
    {
        var body = string.Concat(
            // The plan's title at the top outline level is its title, not a heading.
            """<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>长春市宽城区国民经济和社会发展第十四个五年规划纲要</w:t></w:r></w:p>""",
            Styled("1", "发展基础"), Styled("2", "综合实力稳步增强"), "<w:p><w:r><w:t>全区经济总量稳步提升。</w:t></w:r></w:p>",
            Listed(1, 2, "产业结构持续优化"), Styled("2", "城市建设不断改善"),
            Styled("1", "重点项目"), Styled("2", "产业项目"),
            Listed(3, 0, "北湖科技园二期项目"), Listed(3, 1, "建设内容"), Listed(3, 2, "实施主体"), Listed(3, 0, "宽城物流港项目"), Listed(4, 0, "铁北老工业区改造项目"),
            // Its own numbering removed (numId 0): the style's number is not printed.
            """<w:p><w:pPr><w:pStyle w:val="2"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>附：名词解释</w:t></w:r></w:p>""");

        var document = PlanFileReader.Read("kuancheng.docx", WordDocuments.Package(body, parts: [("word/numbering.xml", "numbering", Numbering), ("word/styles.xml", "styles", Styles)]));

        Assert.Equal([
            "长春市宽城区国民经济和社会发展第十四个五年规划纲要", "[outline: 1]第一章 发展基础", "[outline: 2]第一节 综合实力稳步增强", "全区经济总量稳步提升。",
            "一、产业结构持续优化", "[outline: 2]第二节 城市建设不断改善", "[outline: 1]第二章 重点项目", "[outline: 2]第一节 产业项目",
            "1.北湖科技园二期项目", "●\t建设内容", "●\t实施主体", "2.宽城物流港项目", "1.铁北老工业区改造项目", "[outline: 2]附：名词解释"], document.Lines);
        var plan = StructurePass.Structure(Normaliser.Normalise(document), null).Plans.Single();
        Assert.Equal([("第一章", "发展基础", 1), ("第一节", "综合实力稳步增强", 2), ("一、", "产业结构持续优化", 3), ("第二节", "城市建设不断改善", 2), ("第二章", "重点项目", 1), ("第一节", "产业项目", 2)],
            plan.AllSections().Take(6).Select(s => (s.Number, s.Title, s.Depth)));
    }

    [Theory]
    [InlineData(1, "chineseCounting", "一")]
    [InlineData(10, "chineseCounting", "十")]
    [InlineData(11, "chineseCounting", "十一")]
    [InlineData(20, "chineseCountingThousand", "二十")]
    [InlineData(35, "chineseCounting", "三十五")]
    [InlineData(105, "chineseCountingThousand", "一百〇五")]
    [InlineData(110, "chineseCountingThousand", "一百一十")]
    [InlineData(3, "ideographTraditional", "丙")]
    [InlineData(12, "taiwaneseCountingThousand", "十二")]
    [InlineData(23, "chineseLegalSimplified", "贰拾叁")]
    [InlineData(2025, "ideographDigital", "二〇二五")]
    [InlineData(7, "decimalEnclosedCircle", "⑦")]
    [InlineData(12, "decimalFullWidth", "１２")]
    [InlineData(4, "upperRoman", "IV")]
    [InlineData(28, "lowerLetter", "bb")]
    [InlineData(5, "decimalZero", "05")]
    public void Word_number_formats_print_as_word_prints_them(int value, string format, string printed) =>
        Assert.Equal(printed, DocxNumbering.Format(value, format));

    [Theory]
    [InlineData("zip without document", "a ZIP archive without a Word document part")]
    [InlineData("broken xml", "not well-formed XML")]
    [InlineData("cut short", "not a readable .docx")]
    // A .doc named .docx is read as the .doc it is: this one, its header alone, is a damaged one.
    [InlineData("Word 97", "not a readable Word 97–2003 document")]
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
