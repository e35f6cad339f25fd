using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Reading;
using KnowledgeGraph.Import.Structure;
using KnowledgeGraph.Import.Tests.Support;
using UglyToad.PdfPig.Core;
using static KnowledgeGraph.Import.Tests.Support.PlanReadings;

namespace KnowledgeGraph.Import.Tests.Reading;

/// <summary>A PDF's tables and lists read a row or an item to a line: by their rules, or by where their letters stand.</summary>
public sealed class PdfTablesTests
{
    [Fact]
    public void A_table_drawn_with_rules_is_read_cell_by_cell_its_merged_cells_once()
    {
        // 绿园区's 表1 as a word processor draws it (LibreOffice 7.4, from an HTML table, Reading/Fixtures): rules between
        // all cells, 类别 merged down its rows, 指标 parted into 每千人口拥有医护人员数 and its two sub-rows, names and
        // values wrapped within their cells, row 12 broken by the page.
        var source = PdfDocuments.Fixture("lvyuan-table-ruled.pdf", "002");

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
        var source = PdfDocuments.Fixture("changchun-two-row-headers.pdf", "001");

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
        var bytes = File.ReadAllBytes(PdfDocuments.FixturePath("lvyuan-box-ruled.pdf"));
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
        var bytes = PdfDocuments.Build(1, (page, _, font) =>
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
        var upright = PdfDocuments.Fixture("lvyuan-table-ruled.pdf", "002");
        var turned = PdfDocuments.Fixture("lvyuan-table-turned.pdf", "002");

        Assert.Equal(upright.Lines, turned.Lines);
        Assert.Equal(upright.LineNumbers, turned.LineNumbers);
    }

    [Fact]
    public void A_borderless_table_whose_cells_wrap_below_their_rows_first_line_is_read_a_row_to_a_line()
    {
        // As a word processor sets a table without borders, its cells aligned at their tops (pandoc's Word document
        // of 绿园区's plan, printed, sets 表1 so): a row's first line fills every column, its wrapped names the lines below.
        var bytes = PdfDocuments.Build(1, (page, _, font) =>
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
        byte[] Page(int strokes) => PdfDocuments.Build(1, (page, _, font) =>
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
    public void Cells_far_apart_on_a_line_are_placed_at_their_columns()
    {
        var bytes = PdfDocuments.Build(1, (page, _, font) =>
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
}
