using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Structure;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Structure;

/// <summary>
/// Where a box ends in the compilation's PDF text, which prints no end to a box: the section's
/// text that follows it is told apart by its run-in topics (see the golden excerpts of
/// 004-boxes1-4-lead-ins-between, 004-boxes2-3-dashed-runs and 004-boxes5-7-lead-ins-between for
/// the projects this decides).
/// </summary>
public class BoxEndTests
{
    private const string Tourism = "长通白延吉长避暑休闲冰雪旅游大环线发展规划";

    [Fact]
    public void Section_text_after_a_box_in_the_form_of_the_text_before_it_is_the_sections()
    {
        var (box, after) = BoxAndWhatFollows(Tourism, "专栏 8");

        Assert.Equal("红色旅游六大品牌工程", box.Title);
        Assert.StartsWith("警示教育品牌。", box.Body[^1].Text, StringComparison.Ordinal);
        Assert.Equal(["做优康养旅游产品", "做特自驾车与营地旅游产品", "做实森林旅游产品", "做美滨水旅游产品", "做强景区度假区产品"],
            after.Select(p => p.Text[..p.Text.IndexOf('。')]));
    }

    [Fact]
    public void The_paragraphs_introducing_the_next_box_are_the_sections()
    {
        var (box, between) = BoxAndWhatFollows(Tourism, "专栏 5");

        // 避暑+夜经济产品 is the box's; 做亮… and 做活文化旅游产品 lead to 专栏 6 文化旅游重点项目.
        Assert.StartsWith("避暑+夜经济产品。", box.Body[^1].Text, StringComparison.Ordinal);
        Assert.Equal(["做亮边境旅游产品", "做活文化旅游产品"], between.Select(p => p.Text[..p.Text.IndexOf('。')]));
    }

    [Fact]
    public void The_paragraph_introducing_the_next_table_is_the_sections()
    {
        var (table, between) = BoxAndWhatFollows("吉林省西部国家级清洁能源基地发展规划", "表2");

        Assert.DoesNotContain(table.Body, p => p.Text.StartsWith("洮北区风电规划", StringComparison.Ordinal));
        // The lead-in, and the line the extraction split from it, before 表3 洮北区规划风电场….
        Assert.Equal(2, between.Count);
        Assert.StartsWith("洮北区风电规划。洮北区已建成风电容量约 39 万千瓦", between[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("表15", "洮北区"), InlineData("表16", "镇赉县"), InlineData("表17", "通榆县")]
    public void Running_text_after_a_tables_rows_is_the_sections(string number, string county)
    {
        var (table, after) = BoxAndWhatFollows("吉林省西部国家级清洁能源基地发展规划", number);

        Assert.StartsWith("小计", table.Body.Last(p => p.Kind == ParagraphKind.TableLine && p.Text.Contains('\t')).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(table.Body, p => p.Text.StartsWith("利用太阳能资源数据库", StringComparison.Ordinal));
        Assert.StartsWith($"利用太阳能资源数据库模拟资料对{county}规划光伏项目区域进行光资源分析", after[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_box_item_repeating_a_topic_of_its_section_stays_in_the_box()
    {
        var (box, after) = BoxAndWhatFollows("长春吉林一体化协同发展规划", "专栏 11");

        // The section's 提升城市交通设施水平。建立以快速轨道交通… comes before the box; the box
        // lists its projects under the same words.
        Assert.StartsWith("提升城市交通设施水平。建设长春市城市轨道交通5号线", box.Body[^1].Text, StringComparison.Ordinal);
        Assert.Empty(after);
    }

    [Fact]
    public void The_next_part_a_section_enumerates_is_the_sections()
    {
        // “一区、双极、三带、四节点、若干功能区”: 一区。… 双极。… 三带。… then 专栏 1 三带, then 四节点。… 若干功能区。…
        var (box, after) = BoxAndWhatFollows("长春吉林一体化协同发展规划", "专栏 1");

        Assert.StartsWith("长吉南部生态旅游产业带。", box.Body[^1].Text, StringComparison.Ordinal);
        Assert.Equal(["四节点", "若干功能区"], after.Select(p => p.Text[..p.Text.IndexOf('。')]));
    }

    /// <summary>The box and the section's paragraphs printed between it and the section's next box or its end.</summary>
    private static (ColumnBlock Box, List<Paragraph> After) BoxAndWhatFollows(string plan, string number)
    {
        var section = Corpus.Plan("004", plan).AllSections()
            .Single(s => s.Content.OfType<ColumnBlock>().Any(c => c.Number == number));
        var content = section.Content;
        var at = content.IndexOf(content.OfType<ColumnBlock>().Single(c => c.Number == number));
        return ((ColumnBlock)content[at], content.Skip(at + 1).TakeWhile(b => b is Paragraph).Cast<Paragraph>().ToList());
    }
}
