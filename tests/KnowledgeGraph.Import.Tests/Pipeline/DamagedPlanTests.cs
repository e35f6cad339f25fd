using KnowledgeGraph.Import.Pipeline;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Pipeline;

/// <summary>
/// Copies of the bundled plans damaged the ways files get damaged — lines cut short, dropped,
/// swapped, and stray marks of the shapes the rules look for inserted — import without a fault of
/// the importer's: each is a plan, or bad input named as such, never an exception.
/// </summary>
public sealed class DamagedPlanTests : IDisposable
{
    private readonly DirectoryInfo _plans = Directory.CreateTempSubdirectory("kg-damaged-");

    public void Dispose() => _plans.Delete(recursive: true);

    private static readonly string[] Marks =
    [
        "|", "| |", "#", "## ", "**", "第", "第1", "第1章", "1.1", "3.1标题", "|---|", "项目名称：", "序号", "序号\t项目名称",
        "\t", "\t\t1", "专栏", "表", "附表1", "——", "（责任单位：", "总投资12亿元的", "五年累计", "“十四五”目标", "指标属性",
        "现状值 规划目标", "01 ", "①", "●", "（1）", "建设内容：", "：", "，", "。",
        // The shapes of plans copied from web pages and other converters.
        "索引号 ", "发布机构：", "成文日期 2021-01-01", "标　　题：", "有效性", "【打印本页】", "\f", "第 1 章", "一．", "三 、", "（二）、",
        "【专栏3】", "专 栏 4", "一、经济发展", "经济发展", "★", "1.", "分别", "千亿元", "“1+3+X”", "《长春市“十四五”规划纲要》",
        "基期值（2020年）", "指标性质", "预期", "民生福祉  3  ", "牵头单位：", "、", "規劃",
    ];

    [Fact]
    public void Damaged_copies_of_the_bundled_plans_import_without_a_fault_of_the_importer()
    {
        var sources = Directory.GetFiles(Corpus.PlansDirectory).Order(StringComparer.Ordinal).Select(File.ReadAllLines).ToArray();
        var random = new Random(20261206);
        for (var k = 0; k < 10; k++)
        {
            var lines = sources[k % sources.Length].ToList();
            for (var n = 0; n < 300; n++)
            {
                var i = random.Next(lines.Count);
                switch (random.Next(5))
                {
                    case 0: lines.Insert(i, Marks[random.Next(Marks.Length)]); break;
                    case 1: lines[i] = Marks[random.Next(Marks.Length)] + lines[i]; break;
                    case 2: lines[i] = lines[i][..random.Next(lines[i].Length + 1)]; break;
                    case 3: lines.RemoveAt(i); break;
                    default: if (i + 1 < lines.Count) (lines[i], lines[i + 1]) = (lines[i + 1], lines[i]); break;
                }
            }
            // A title of its own: two damaged copies of one plan would rightly claim the same plan.
            lines.Insert(0, $"测试{k}县国民经济和社会发展第十四个五年规划纲要");
            File.WriteAllLines(Path.Combine(_plans.FullName, $"damaged{k}.txt"), lines);
        }

        var result = ImportPipeline.Run(new ImportOptions(_plans.FullName, Corpus.ImportDirectory, SkipInvalid: true));

        Assert.DoesNotContain(result.Skipped, s => s.Reason.Contains("the importer failed", StringComparison.Ordinal));
        Assert.NotEmpty(result.Files);
    }
}
