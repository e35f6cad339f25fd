using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction.Projects;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Pipeline;
using KnowledgeGraph.Import.Reading;
using KnowledgeGraph.Import.Structure;
using KnowledgeGraph.Import.Tests.Support;
using UglyToad.PdfPig.Core;
using static KnowledgeGraph.Import.Tests.Support.PlanReadings;

namespace KnowledgeGraph.Import.Tests.Reading;

/// <summary>PDFs read as their text: plans a word processor printed, pages, headings, and what is refused.</summary>
public sealed class PdfTextTests
{
    /// <summary>Rows compared as printed but for spaces: a PDF sets a space between CJK and Latin text, and a wrapped cell's lines join without one.</summary>
    private static IEnumerable<string> Unspaced(IEnumerable<string> rows) => rows.Select(r => r.Replace(" ", "", StringComparison.Ordinal));

    [Fact]
    public void A_plan_printed_to_pdf_reads_as_its_text_does()
    {
        // 莲花山's plan as LibreOffice 7.4 prints the Word document pandoc wrote of it (Reading/Fixtures): numbered headings,
        // its indicator table (专栏1) a borderless table whose names wrap within their cells, a row to a line or more.
        var read = Structured(PdfDocuments.Fixture("lianhuashan-libreoffice.pdf", "000"));

        var extracted = Corpus.Plan("000");
        Assert.Equal(Outline(extracted), Outline(read));
        Assert.Equal(Unspaced(IndicatorRows(extracted)), Unspaced(IndicatorRows(read)));
        // A name over three lines of its cell (城镇 (乡) 居民 / 垃圾无害化处理 / 率 (%)) is one row's.
        Assert.Contains("绿色发展 城镇 (乡) 居民垃圾无害化处理率 (%) -- 100", IndicatorRows(read));
        Assert.Contains("区域发展 地区生产总值年均增速 (%) * 6.0 10.0 以上", IndicatorRows(read));
        Assert.Equal(ProjectNames(extracted), ProjectNames(read));
    }

    [Fact]
    public void A_plan_typeset_as_an_official_document_reads_as_its_text_does()
    {
        // 二道区's plan typeset from its text's paragraphs as a government PDF sets one (LibreOffice 7.4, Reading/Fixtures):
        // its title in 22 points over three lines, headings in a bold sans face, the text in a serif one, its tables ruled.
        var source = PdfDocuments.Fixture("erdao-official.pdf", "003");
        var read = Structured(source);

        // The title's lines, wrapped at fewer characters than the text's, are one line.
        Assert.Equal("长春市二道区国民经济和社会发展第十四个五年规划和2035年远景目标纲要", source.Lines[0].Trim());
        var extracted = Corpus.Plan("003");
        Assert.Equal(Outline(extracted), Outline(read));
        Assert.Equal(IndicatorRows(extracted), IndicatorRows(read));
        Assert.Equal(ProjectNames(extracted), ProjectNames(read));
    }

    [Fact]
    public void A_plan_without_numbers_printed_to_pdf_takes_its_outline_from_its_heading_sizes_and_its_table_from_the_page()
    {
        // 绿园区's plan as LibreOffice 7.4 prints it (Reading/Fixtures): headings of three levels set larger than the text, no
        // numbers; its indicator table (表1) in narrow columns, each row's cells wrapped over up to nine lines and centred,
        // a row broken by the page, one cell parted in two (每千人口拥有医护人员数 beside 执业医师数 and 注册护士数).
        var source = PdfDocuments.Fixture("lvyuan-libreoffice.pdf", "002");
        var read = Structured(source);

        Assert.Contains("[outline: 1]发展基础与环境", source.Lines);
        // A heading set over two lines is one heading.
        Assert.Contains("[outline: 1]促进科技创新与产业创新深度融合，加快培育新质生产力", source.Lines);
        var extracted = Corpus.Plan("002");
        Assert.Equal(TitledOutline(extracted), TitledOutline(read));
        Assert.Equal(IndicatorRows(extracted), IndicatorRows(read));
        // Set 单位GDP 二氧化碳 with a space between the scripts, printed without one (no space glyph there).
        Assert.Contains("绿色低碳 单位GDP二氧化碳排放降低（%） — [完成经市审核衔接后确定的目标]", IndicatorRows(read));
        Assert.Contains("民生福祉 每千人口拥有医护人员数：注册护士数（人） 5.6 5.7", IndicatorRows(read));
        Assert.Equal(ProjectNames(extracted), ProjectNames(read));
        Assert.Contains(ProjectExtraction.Extract(read).Projects, p => p.Name == "长春海吉星交易中心项目");

        // A line's number is its page: the table starts on page 5, its last rows stand on page 7.
        var first = source.Lines.ToList().FindIndex(l => l.StartsWith("经济发展\t1\t地区生产总值（GDP）增长（%）", StringComparison.Ordinal));
        var last = source.Lines.ToList().FindIndex(l => l.StartsWith("安全保障\t18\t粮食综合生产能力", StringComparison.Ordinal));
        Assert.Equal((5, 7), (source.LineNumbers![first], source.LineNumbers[last]));
    }

    [Fact]
    public void A_pdf_that_restricts_copying_is_read_and_one_that_opens_only_with_a_password_is_rejected()
    {
        // The ruled table's PDF encrypted by qpdf 11: with an owner password only (printing, copying and changes
        // refused, AES-256), as many published plans are; and with a password to open it.
        var upright = PdfDocuments.Fixture("lvyuan-table-ruled.pdf", "002");
        Assert.Equal(upright.Lines, PdfDocuments.Fixture("lvyuan-table-restricted.pdf", "002").Lines);

        var locked = Assert.Throws<PlanInputException>(() => PlanFileReader.Read("locked.pdf", File.ReadAllBytes(PdfDocuments.FixturePath("lvyuan-table-password.pdf"))));
        Assert.Equal("locked.pdf", locked.File);
        Assert.Contains("opens only with a password", locked.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_letter_drawn_twice_over_itself_is_read_once()
    {
        // Bold made by printing the text twice, a fraction of a point apart.
        var bytes = PdfDocuments.Build(1, (page, _, font) =>
        {
            page.AddText("Overall", 12, new PdfPoint(72, 700), font);
            page.AddText("Overall", 12, new PdfPoint(72.4, 700), font);
        });

        Assert.Equal("Overall", Assert.Single(PlanFileReader.Read("plan.pdf", bytes).Lines));
    }

    [Fact]
    public void A_pdf_dropped_in_is_imported_its_quotes_giving_their_pages()
    {
        var plans = Directory.CreateTempSubdirectory("kg-pdf-");
        try
        {
            File.Copy(PdfDocuments.FixturePath("lvyuan-libreoffice.pdf"), Path.Combine(plans.FullName, "绿园区.pdf"));
            var result = ImportPipeline.Run(new ImportOptions(plans.FullName, Corpus.ImportDirectory));

            var plan = result.Graph.Nodes.Single(n => n.Label == Labels.Plan);
            Assert.Equal(("绿园区", PlanLevels.District), (plan.Props.GetString("region"), plan.Props.GetString("level")));
            var gdp = result.Graph.Nodes.Single(n => n.Label == Labels.Goal && n.Props.GetString("text") == "地区生产总值（GDP）增长（%）");
            Assert.Equal(("5以上", GoalAttributes.Expected), (gdp.Props.GetString("target"), gdp.Props.GetString("attribute")));
            Assert.Equal(("绿园区.pdf", 5), (gdp.Provenance.File, gdp.Provenance.LineStart));
        }
        finally
        {
            plans.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_scan_beside_readable_plans_fails_the_import_naming_it_unless_skipped()
    {
        var plans = Directory.CreateTempSubdirectory("kg-pdf-scan-");
        try
        {
            File.Copy(Corpus.PathOf("003"), Path.Combine(plans.FullName, "erdao.txt"));
            File.WriteAllBytes(Path.Combine(plans.FullName, "原文扫描.pdf"), PdfDocuments.Build(2, (_, _, _) => { }));

            var failed = Assert.Throws<PlanInputException>(() => ImportPipeline.Run(new ImportOptions(plans.FullName, Corpus.ImportDirectory)));
            Assert.Equal("原文扫描.pdf", failed.File);

            var result = ImportPipeline.Run(new ImportOptions(plans.FullName, Corpus.ImportDirectory, SkipInvalid: true));
            Assert.Equal(["erdao.txt"], result.Files);
            var skipped = Assert.Single(result.Skipped);
            Assert.Equal("原文扫描.pdf", skipped.File);
            Assert.Contains("no text layer", skipped.Reason, StringComparison.Ordinal);
        }
        finally
        {
            plans.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_running_header_and_page_numbers_are_no_text_and_lines_are_numbered_by_page()
    {
        string[] words = ["Alpha", "Beta", "Gamma", "Delta"];
        var bytes = PdfDocuments.Build(4, (page, number, font) =>
        {
            page.AddText("Changchun Plan 2021-2025", 9, new PdfPoint(72, 800), font);
            page.AddText($"{words[number - 1]} opens the page.", 12, new PdfPoint(72, 700), font);
            page.AddText($"{words[number - 1]} closes it.", 12, new PdfPoint(72, 682), font);
            page.AddText($"- {number} -", 9, new PdfPoint(290, 40), font);
        });

        var source = PlanFileReader.Read("plan.pdf", bytes);

        Assert.Equal(["Alpha opens the page.", "Alpha closes it.", "Beta opens the page."], source.Lines.Take(3));
        Assert.DoesNotContain(source.Lines, l => l.Contains("Changchun Plan", StringComparison.Ordinal) || l.StartsWith("- ", StringComparison.Ordinal));
        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4], source.LineNumbers);
    }

    [Fact]
    public void A_header_naming_each_chapter_in_the_pages_margin_is_no_text()
    {
        // Nine pages, three chapters of three: each page's header names its chapter, as some plans print them.
        string[] chapters = ["Chapter One", "Chapter Two", "Chapter Three"];
        string[] words = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota"];
        var bytes = PdfDocuments.Build(9, (page, number, font) =>
        {
            page.AddText(chapters[(number - 1) / 3], 9, new PdfPoint(72, 800), font);
            page.AddText($"{words[number - 1]} opens the page.", 12, new PdfPoint(72, 700), font);
        });

        var lines = PlanFileReader.Read("plan.pdf", bytes).Lines;

        Assert.Equal(words.Select(w => $"{w} opens the page."), lines);
    }

    [Theory]
    [InlineData("Microsoft Word - 绿园区国民经济和社会发展第十五个五年规划纲要.docx", "绿园区国民经济和社会发展第十五个五年规划纲要")]
    [InlineData("  ", null)]
    public void The_title_a_pdf_stores_is_kept_without_what_the_converting_program_adds(string stored, string? title)
    {
        var bytes = PdfDocuments.Build(1, (page, _, font) => page.AddText("Text.", 12, new PdfPoint(72, 700), font), stored);

        Assert.Equal(title, PlanFileReader.Read("plan.pdf", bytes).StoredTitle);
    }

    [Fact]
    public void A_pdf_without_text_or_not_a_pdf_is_rejected_with_what_is_wrong()
    {
        var scan = Assert.Throws<PlanInputException>(() => PlanFileReader.Read("scan.pdf", PdfDocuments.Build(2, (_, _, _) => { })));
        Assert.Equal("scan.pdf", scan.File);
        Assert.Contains("no text layer", scan.Reason, StringComparison.Ordinal);

        var broken = Assert.Throws<PlanInputException>(() => PlanFileReader.Read("broken.pdf", "%PDF-1.7 cut short"u8.ToArray()));
        Assert.Equal("broken.pdf", broken.File);
        Assert.Contains("not a readable PDF", broken.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("第一章总体要求", false)]
    [InlineData("\uE001\uE002\uE003章", true)]
    [InlineData("\uFFFD总体要求", false)]
    [InlineData("\u0001\u0002\u0003\u0004一", true)]
    public void A_pdf_whose_fonts_map_no_characters_is_told_apart(string text, bool undecodable) =>
        Assert.Equal(undecodable, PrintedPages.Undecodable(text.Select(c => new PdfGlyph(c.ToString(), 0, 1, 0, 12, "F"))));
}
