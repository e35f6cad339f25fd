using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction.Projects;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Pipeline;
using KnowledgeGraph.Import.Reading;
using KnowledgeGraph.Import.Structure;
using KnowledgeGraph.Import.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using static KnowledgeGraph.Import.Tests.Support.PlanReadings;

namespace KnowledgeGraph.Import.Tests.Reading;

public sealed class PdfTextTests
{
    private static StructuredPlan Structured(SourceDocument source) =>
        StructurePass.Structure(Normaliser.Normalise(source), Corpus.Manifest.For(source.FileName)).Plans.Single();

    private static SourceDocument Fixture(string fixture, string code) =>
        PlanFileReader.Read("plan.pdf", File.ReadAllBytes(FixturePath(fixture))) with { FileName = Path.GetFileName(Corpus.PathOf(code)) };

    private static string FixturePath(string fixture) =>
        Path.Combine(Corpus.RepositoryRoot, "tests", "KnowledgeGraph.Import.Tests", "Reading", "Fixtures", fixture);

    /// <summary>Rows compared as printed but for spaces: a PDF sets a space between CJK and Latin text, and a wrapped cell's lines join without one.</summary>
    private static IEnumerable<string> Unspaced(IEnumerable<string> rows) => rows.Select(r => r.Replace(" ", "", StringComparison.Ordinal));

    [Fact]
    public void A_plan_printed_to_pdf_reads_as_its_text_does()
    {
        // 莲花山's plan as LibreOffice 7.4 prints the Word document pandoc wrote of it (Reading/Fixtures): numbered headings,
        // its indicator table (专栏1) a borderless table whose names wrap within their cells, a row to a line or more.
        var read = Structured(Fixture("lianhuashan-libreoffice.pdf", "000"));

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
        var source = Fixture("erdao-official.pdf", "003");
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
        var source = Fixture("lvyuan-libreoffice.pdf", "002");
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
    public void A_table_drawn_with_rules_is_read_cell_by_cell_its_merged_cells_once()
    {
        // 绿园区's 表1 as a word processor draws it (LibreOffice 7.4, from an HTML table, Reading/Fixtures): rules between
        // all cells, 类别 merged down its rows, 指标 parted into 每千人口拥有医护人员数 and its two sub-rows, names and
        // values wrapped within their cells, row 12 broken by the page.
        var source = Fixture("lvyuan-table-ruled.pdf", "002");

        Assert.Contains("经济发展\t1\t地区生产总值（GDP）增长（%）\t5.5\t—\t5以上\t预期性", source.Lines);
        Assert.Contains("\t\t\t注册护士数（人）\t5.6\t5.7\t—\t", source.Lines);
        Assert.Contains("民生福祉\t12\t劳动年龄人口平均受教育年限（年）\t—\t达到市级要求\t—\t约束性", source.Lines);
        Assert.Equal(IndicatorRows(Corpus.Plan("002")), IndicatorRows(Structured(source)));
    }

    [Fact]
    public void A_ruled_header_over_two_rows_is_read_as_one()
    {
        // Two of 长春's indicator tables drawn with headers over two rows (LibreOffice 7.4 from an HTML table, Reading/Fixtures):
        // 规划目标 over 2020年 and 2025年, and 2025年 over 目标值 and 属性.
        var source = Fixture("changchun-two-row-headers.pdf", "001");

        Assert.Contains("类别\t指标\t2020年\t2025年\t属性", source.Lines);
        Assert.Contains("指标\t2020年\t2025年目标值\t属性", source.Lines);
        var goals = KnowledgeGraph.Import.Extraction.IndicatorTables.IndicatorTableFamily.Extract(Structured(source)).Goals;
        Assert.Equal(
            [
                ("经济发展", "地区生产总值（GDP）增长（%）", "3.6", "6.5左右", GoalAttributes.Expected),
                ("经济发展", "常住人口城镇化率（%）", "65左右", "＞70", GoalAttributes.Expected),
                ("安全保障", "粮食综合生产能力（亿斤）", "233", "260", GoalAttributes.Binding),
                (null, "空气质量优良天数比率（%）", "83.3", "＞84", GoalAttributes.Binding),
                (null, "森林覆盖率（%）", "8.1*", "8.2", GoalAttributes.Binding),
            ],
            goals.Select(g => (g.Category, g.Text, g.Baseline, g.Target, g.Attribute)));
        Assert.All(goals, g => Assert.Equal((2020, 2025), (g.BaselineYear, g.TargetYear)));
    }

    [Fact]
    public void A_box_drawn_as_a_table_of_items_lists_them_a_line_each()
    {
        // A 专栏 as official documents draw one (LibreOffice 7.4 from an HTML table, Reading/Fixtures): ruled, its caption
        // across it, its projects numbered two to a row.
        var bytes = File.ReadAllBytes(FixturePath("lvyuan-box-ruled.pdf"));
        var source = PlanFileReader.Read("lvyuan-box.pdf", bytes);

        var box = source.Lines.SkipWhile(l => !l.StartsWith("专栏2", StringComparison.Ordinal)).Take(5);
        Assert.Equal(["专栏2 现代物流重点项目", "1. 长春海吉星交易中心项目", "2. 欧亚物流配送中心升级改造项目", "3. 长春西部物流港项目", "4. 皓月冷链物流园项目"], box);
        var plan = StructurePass.Structure(Normaliser.Normalise(source), null).Plans.Single();
        Assert.Equal(["长春海吉星交易中心项目", "欧亚物流配送中心升级改造项目", "长春西部物流港项目", "皓月冷链物流园项目"], ProjectNames(plan));
    }

    [Fact]
    public void A_list_set_out_two_to_a_line_is_read_an_item_to_a_line()
    {
        // A box's projects in two columns without borders, one name wrapped under its item.
        var bytes = Pdf(1, (page, _, font) =>
        {
            page.AddText("Box 2 Logistics projects", 10, new PdfPoint(72, 720), font);
            page.AddText("1. Hijiaxing trading centre", 10, new PdfPoint(72, 700), font);
            page.AddText("2. Eurasia distribution centre", 10, new PdfPoint(300, 700), font);
            page.AddText("3. Western logistics port", 10, new PdfPoint(72, 686), font);
            page.AddText("4. Haoyue cold chain park and", 10, new PdfPoint(300, 686), font);
            page.AddText("beef exchange", 10, new PdfPoint(300, 672), font);
        });

        Assert.Equal(
            ["Box 2 Logistics projects", "1. Hijiaxing trading centre", "2. Eurasia distribution centre", "3. Western logistics port", "4. Haoyue cold chain park and beef exchange"],
            PlanFileReader.Read("plan.pdf", bytes).Lines.Where(l => l.Length > 0));
    }

    [Fact]
    public void A_page_printed_turned_reads_as_upright()
    {
        // The same table printed turned onto landscape pages, as a PDF printer turns a page (Ghostscript 10: the page
        // content rotated 90°, each letter's baseline running up the page); read upright, line for line.
        var upright = Fixture("lvyuan-table-ruled.pdf", "002");
        var turned = Fixture("lvyuan-table-turned.pdf", "002");

        Assert.Equal(upright.Lines, turned.Lines);
        Assert.Equal(upright.LineNumbers, turned.LineNumbers);
    }

    [Fact]
    public void A_pdf_that_restricts_copying_is_read_and_one_that_opens_only_with_a_password_is_rejected()
    {
        // The ruled table's PDF encrypted by qpdf 11: with an owner password only (printing, copying and changes
        // refused, AES-256), as many published plans are; and with a password to open it.
        var upright = Fixture("lvyuan-table-ruled.pdf", "002");
        Assert.Equal(upright.Lines, Fixture("lvyuan-table-restricted.pdf", "002").Lines);

        var locked = Assert.Throws<PlanInputException>(() => PlanFileReader.Read("locked.pdf", File.ReadAllBytes(FixturePath("lvyuan-table-password.pdf"))));
        Assert.Equal("locked.pdf", locked.File);
        Assert.Contains("opens only with a password", locked.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_borderless_table_whose_cells_wrap_below_their_rows_first_line_is_read_a_row_to_a_line()
    {
        // As a word processor sets a table without borders, its cells aligned at their tops (pandoc's Word document
        // of 绿园区's plan, printed, sets 表1 so): a row's first line fills every column, its wrapped names the lines below.
        var bytes = Pdf(1, (page, _, font) =>
        {
            void Row(double y, params (double X, string Text)[] cells)
            {
                foreach (var (x, text) in cells) page.AddText(text, 10, new PdfPoint(x, y), font);
            }
            Row(700, (72, "No"), (120, "Indicator"), (300, "2025"), (380, "Kind"));
            Row(686, (72, "1"), (120, "Regional GDP"), (300, "6.5"), (380, "expected"));
            Row(672, (120, "growth (%)"));
            Row(658, (72, "2"), (120, "Forest"), (300, "35"), (380, "binding"));
            Row(644, (120, "cover (%)"));
        });

        Assert.Equal(["No\tIndicator\t2025\tKind", "1\tRegional GDP growth (%)\t6.5\texpected", "2\tForest cover (%)\t35\tbinding"],
            PlanFileReader.Read("plan.pdf", bytes).Lines.Where(l => l.Length > 0));
    }

    [Fact]
    public void A_table_drawn_with_rules_is_read_by_them_but_a_page_of_drawing_is_read_as_laid_out()
    {
        byte[] Page(int strokes) => Pdf(1, (page, _, font) =>
        {
            // A table of two columns and two rows, its rules drawn.
            foreach (var y in (double[])[720, 700, 680]) page.DrawLine(new PdfPoint(70, y), new PdfPoint(370, y));
            foreach (var x in (double[])[70, 200, 370]) page.DrawLine(new PdfPoint(x, 680), new PdfPoint(x, 720));
            page.AddText("Indicator", 10, new PdfPoint(75, 705), font);
            page.AddText("Target", 10, new PdfPoint(205, 705), font);
            page.AddText("Forest cover", 10, new PdfPoint(75, 685), font);
            page.AddText("35", 10, new PdfPoint(205, 685), font);
            // A map's roads elsewhere on the page.
            for (var i = 0; i < strokes; i++) page.DrawLine(new PdfPoint(100 + i % 50 * 8, 300 + i / 50 % 40 * 5), new PdfPoint(105 + i % 50 * 8, 300 + i / 50 % 40 * 5));
        });

        Assert.Equal(["Indicator\tTarget", "Forest cover\t35"], PlanFileReader.Read("plan.pdf", Page(0)).Lines.Where(l => l.Length > 0));
        var drawing = PlanFileReader.Read("plan.pdf", Page(5000)).Lines;
        Assert.DoesNotContain(drawing, l => l.Contains('\t'));
        Assert.Contains(drawing, l => l.StartsWith("Forest cover ", StringComparison.Ordinal) && l.EndsWith("35", StringComparison.Ordinal));
    }

    [Fact]
    public void A_letter_drawn_twice_over_itself_is_read_once()
    {
        // Bold made by printing the text twice, a fraction of a point apart.
        var bytes = Pdf(1, (page, _, font) =>
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
            File.Copy(FixturePath("lvyuan-libreoffice.pdf"), Path.Combine(plans.FullName, "绿园区.pdf"));
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
            File.WriteAllBytes(Path.Combine(plans.FullName, "原文扫描.pdf"), Pdf(2, (_, _, _) => { }));

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
        var bytes = Pdf(4, (page, number, font) =>
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
        var bytes = Pdf(9, (page, number, font) =>
        {
            page.AddText(chapters[(number - 1) / 3], 9, new PdfPoint(72, 800), font);
            page.AddText($"{words[number - 1]} opens the page.", 12, new PdfPoint(72, 700), font);
        });

        var lines = PlanFileReader.Read("plan.pdf", bytes).Lines;

        Assert.Equal(words.Select(w => $"{w} opens the page."), lines);
    }

    [Fact]
    public void Cells_far_apart_on_a_line_are_placed_at_their_columns()
    {
        var bytes = Pdf(1, (page, _, font) =>
        {
            page.AddText("Indicator", 12, new PdfPoint(72, 700), font);
            page.AddText("2025", 12, new PdfPoint(300, 700), font);
            page.AddText("Population", 12, new PdfPoint(72, 682), font);
            page.AddText("6.0", 12, new PdfPoint(300, 682), font);
        });

        var lines = PlanFileReader.Read("plan.pdf", bytes).Lines;

        // Both second cells start at the same column, as a layout-keeping extraction prints them.
        Assert.Equal(lines[0].IndexOf("2025", StringComparison.Ordinal), lines[1].IndexOf("6.0", StringComparison.Ordinal));
        Assert.StartsWith("Indicator  ", lines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Microsoft Word - 绿园区国民经济和社会发展第十五个五年规划纲要.docx", "绿园区国民经济和社会发展第十五个五年规划纲要")]
    [InlineData("  ", null)]
    public void The_title_a_pdf_stores_is_kept_without_what_the_converting_program_adds(string stored, string? title)
    {
        var bytes = Pdf(1, (page, _, font) => page.AddText("Text.", 12, new PdfPoint(72, 700), font), stored);

        Assert.Equal(title, PlanFileReader.Read("plan.pdf", bytes).StoredTitle);
    }

    [Fact]
    public void A_pdf_without_text_or_not_a_pdf_is_rejected_with_what_is_wrong()
    {
        var scan = Assert.Throws<PlanInputException>(() => PlanFileReader.Read("scan.pdf", Pdf(2, (_, _, _) => { })));
        Assert.Equal("scan.pdf", scan.File);
        Assert.Contains("no text layer", scan.Reason, StringComparison.Ordinal);

        var broken = Assert.Throws<PlanInputException>(() => PlanFileReader.Read("broken.pdf", "%PDF-1.7 cut short"u8.ToArray()));
        Assert.Equal("broken.pdf", broken.File);
        Assert.Contains("not a readable PDF", broken.Reason, StringComparison.Ordinal);
    }

    /// <summary>A PDF of <paramref name="pages"/> pages, written in Helvetica by <paramref name="write"/> (the page, its number, the font).</summary>
    [Theory]
    [InlineData("第一章总体要求", false)]
    [InlineData("\uE001\uE002\uE003章", true)]
    [InlineData("\uFFFD总体要求", false)]
    [InlineData("\u0001\u0002\u0003\u0004一", true)]
    public void A_pdf_whose_fonts_map_no_characters_is_told_apart(string text, bool undecodable) =>
        Assert.Equal(undecodable, PdfText.Undecodable(text.Select(c => new PdfGlyph(c.ToString(), 0, 1, 0, 12, "F"))));

    private static byte[] Pdf(int pages, Action<PdfPageBuilder, int, PdfDocumentBuilder.AddedFont> write, string? title = null)
    {
        var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = title;
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var i = 1; i <= pages; i++) write(builder.AddPage(PageSize.A4), i, font);
        return builder.Build();
    }
}
