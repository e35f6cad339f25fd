using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Pipeline;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Pipeline;

/// <summary>Plans a user drops into the plans folder, with no manifest entry, imported with the bundled gazetteers.</summary>
public sealed class DroppedInPlanTests : IDisposable
{
    private readonly DirectoryInfo _plans = Directory.CreateTempSubdirectory("kg-dropped-in-");

    public void Dispose() => _plans.Delete(recursive: true);

    private GraphSnapshot Import(params (string File, string Text)[] files)
    {
        foreach (var (file, text) in files) File.WriteAllText(Path.Combine(_plans.FullName, file), text);
        return ImportPipeline.Run(new ImportOptions(_plans.FullName, Corpus.ImportDirectory)).Graph;
    }

    [Fact]
    public void A_plan_typed_with_full_width_digits_imports_with_its_numbers()
    {
        var graph = Import(("kuancheng.txt", string.Join('\n',
            "长春市宽城区国民经济和社会发展第十四个五年规划纲要", "",
            "第一章　发展目标", "",
            "到２０２５年，全区地区生产总值达到３００亿元，年均增长６．５％左右。", "",
            "专栏１　重点项目", "１．宽城区北湖科技园二期项目", "",
            "表１　主要指标", "类别\t指标\t２０２０年\t２０２５年\t属性", "经济发展\t地区生产总值（亿元）\t５００\t７００\t预期性", "")));

        var goals = graph.Nodes.Where(n => n.Label == Labels.Goal).ToList();
        var growth = goals.Single(g => g.Props.GetString("growth") is not null);
        Assert.Equal((6.5, 2025.0), (growth.Props.GetNumber("targetValue"), growth.Props.GetNumber("targetYear")));
        Assert.Contains(goals, g => g.Props.GetString("target") == "300亿元");
        var row = goals.Single(g => g.Props.GetString("kind") == GoalKinds.Indicator);
        Assert.Equal(("500", "700", 2025.0), (row.Props.GetString("baseline"), row.Props.GetString("target"), row.Props.GetNumber("targetYear")));
        Assert.Contains(graph.Nodes, n => n.Label == Labels.Column && n.Props.GetString("number") == "专栏 1");
        Assert.Contains(graph.Nodes, n => n.Label == Labels.Project && n.Props.GetString("name") == "宽城区北湖科技园二期项目");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)] // the outer pipes left out, as Markdown allows
    public void A_plan_converted_to_markdown_and_saved_as_text_reads_as_the_plan(bool outerPipes)
    {
        string Row(string cells) => outerPipes ? "| " + cells + " |" : cells;
        var graph = Import(("kuancheng.txt", string.Join('\n',
            "# 长春市宽城区国民经济和社会发展第十四个五年规划纲要", "",
            "## 第一章 发展目标", "",
            "### 一、主要目标", "",
            "到2025年，全区地区生产总值达到500亿元，年均增长6%左右。", "",
            "**专栏1 主要指标**", "",
            Row("序号 | 指标 | 2020年 | 2025年 | 属性"),
            Row("--- | --- | --- | --- | ---"),
            Row("1 | 常住人口城镇化率（%） | 90 | 92 | 预期性"), "",
            "## 第二章 重点项目", "",
            "**专栏2 重大项目**", "",
            "1. 北湖科技园二期项目", "")));

        var plan = graph.Nodes.Single(n => n.Label == Labels.Plan);
        Assert.Equal("长春市宽城区国民经济和社会发展第十四个五年规划纲要", plan.Props.GetString("title"));
        Assert.Equal(["第一章", "一、", "第二章"], graph.Nodes.Where(n => n.Label == Labels.Section).Select(n => n.Props.GetString("number")));
        var row = graph.Nodes.Single(n => n.Label == Labels.Goal && n.Props.GetString("kind") == GoalKinds.Indicator);
        Assert.Equal(("常住人口城镇化率（%）", "90", "92", GoalAttributes.Expected),
            (row.Props.GetString("text"), row.Props.GetString("baseline"), row.Props.GetString("target"), row.Props.GetString("attribute")));
        Assert.Contains(graph.Nodes, n => n.Label == Labels.Project && n.Props.GetString("name") == "北湖科技园二期项目");
    }

    [Fact]
    public void A_plan_dropped_in_as_published_ceb_is_named_as_not_read_and_a_docx_or_web_page_is_read()
    {
        File.WriteAllBytes(Path.Combine(_plans.FullName, "纲要原文.ceb"), [0x50, 0x4B, 0x03, 0x04]);
        var alone = Assert.Throws<KnowledgeGraph.Import.Reading.PlanInputException>(() => ImportPipeline.Run(new ImportOptions(_plans.FullName, Corpus.ImportDirectory)));
        Assert.Contains("纲要原文.ceb: not read", alone.Reason, StringComparison.Ordinal);

        File.Copy(Corpus.PathOf("003"), Path.Combine(_plans.FullName, "erdao.txt"));
        File.Copy(Corpus.PathOf("000"), Path.Combine(_plans.FullName, "LIANHUASHAN.TXT"));
        File.WriteAllText(Path.Combine(_plans.FullName, "附录.md"), "# 附录\n");
        // 绿园区's plan as the Word document it was extracted from, open in Word (its lock file beside it).
        var lines = KnowledgeGraph.Import.Reading.SourceDocument.SplitLines(File.ReadAllText(Corpus.PathOf("002")));
        var docx = WordDocuments.Package(WordDocuments.BodyOf(lines));
        File.WriteAllBytes(Path.Combine(_plans.FullName, "绿园区.DOCX"), docx);
        File.WriteAllBytes(Path.Combine(_plans.FullName, "~$绿园区.DOCX"), [0x0C, 0x41, 0x64, 0x6D]);
        // 长春's plan as a page saved from its site, a paragraph element to a line.
        var city = File.ReadAllLines(Corpus.PathOf("001")).Select(l => "<p>" + System.Security.SecurityElement.Escape(l) + "</p>");
        File.WriteAllText(Path.Combine(_plans.FullName, "长春市.htm"), "<html><head><meta charset=\"utf-8\"><title>长春市国民经济和社会发展第十四个五年规划和2035年远景目标纲要</title></head><body>\n" + string.Join('\n', city) + "\n</body></html>");
        var result = ImportPipeline.Run(new ImportOptions(_plans.FullName, Corpus.ImportDirectory));

        // A text file saved with an upper-case extension is a text file too.
        Assert.Equal(["LIANHUASHAN.TXT", "erdao.txt", "绿园区.DOCX", "长春市.htm"], result.Files);
        Assert.Contains(result.Graph.Nodes, n => n.Label == Labels.Goal && n.Provenance.File == "长春市.htm" && n.Props.GetString("target") == "6.5左右");
        Assert.Equal(2, result.Notes.Count(n => n.Contains(": not read", StringComparison.Ordinal)));
        // A plan converted to Markdown is read once saved as text.
        Assert.Contains(result.Notes, n => n.StartsWith("附录.md: not read", StringComparison.Ordinal) && n.Contains("saved as .txt", StringComparison.Ordinal));
        Assert.StartsWith("纲要原文.ceb", result.Notes[0], StringComparison.Ordinal);
        // The Word document's projects give the paragraph they are printed in: 专栏 1's line 272 of the extraction is
        // an earlier paragraph, as the rows of the tables before it end in no paragraph of their own.
        var market = result.Graph.Nodes.Single(n => n.Label == Labels.Project && n.Props.GetString("name") == "长春海吉星交易中心项目");
        var paragraph = KnowledgeGraph.Import.Reading.PlanFileReader.Read("绿园区.DOCX", docx).LineNumbers![272 - 1];
        Assert.True(paragraph < 272);
        Assert.Equal(("绿园区.DOCX", paragraph), (market.Provenance.File, market.Provenance.LineStart));
        Assert.Contains("长春海吉星交易中心项目", market.Provenance.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grid_table_of_a_plan_converted_to_markdown_gives_a_goal_per_row()
    {
        var graph = Import(("nanguan.txt", string.Join('\n',
            "长春市南关区国民经济和社会发展第十四个五年规划纲要", "", "第二章 发展目标", "", "表1 南关区“十四五”主要指标", "",
            "+------+--------------------------+--------+--------+",
            "| 序号 | 指标                     | 2025年 | 属性   |",
            "+======+==========================+========+========+",
            "| 1    | 数字经济核心产业增加值占 | 10     | 预期性 |",
            "|      | 地区生产总值比重（%）    |        |        |",
            "+------+--------------------------+--------+--------+", "", "第三章 保障措施", "", "加强组织领导。", "")));

        var goal = Assert.Single(graph.Nodes, n => n.Label == Labels.Goal);
        Assert.Equal(("数字经济核心产业增加值占地区生产总值比重（%）", "10"), (goal.Props.GetString("text"), goal.Props.GetString("target")));
        // The row quotes the line it starts on.
        Assert.Equal(10, goal.Provenance.LineStart);
    }

    [Fact]
    public void Plans_kept_in_subfolders_are_read_and_named_by_their_path_there()
    {
        var city = Directory.CreateDirectory(Path.Combine(_plans.FullName, "长春")).FullName;
        File.Copy(Corpus.PathOf("003"), Path.Combine(city, "erdao.txt"));
        File.WriteAllText(Path.Combine(_plans.FullName, "dehui.txt"), "德惠市国民经济和社会发展第十四个五年规划纲要\n\n第一章 发展目标\n\n到2025年，全市地区生产总值达到400亿元。\n");
        // A hidden folder (a repository's .git) holds no plans; a document not read in a subfolder is named with its folder.
        Directory.CreateDirectory(Path.Combine(_plans.FullName, ".git"));
        File.WriteAllText(Path.Combine(_plans.FullName, ".git", "notes.txt"), "not a plan");
        File.WriteAllBytes(Path.Combine(city, "原文.ceb"), [0x50, 0x4B, 0x03, 0x04]);

        var result = ImportPipeline.Run(new ImportOptions(_plans.FullName, Corpus.ImportDirectory));

        Assert.Equal(["dehui.txt", "长春/erdao.txt"], result.Files);
        var erdao = result.Graph.Nodes.Single(n => n.Label == Labels.Plan && n.Props.GetString("region") == "二道区");
        Assert.Equal("长春/erdao.txt", erdao.Provenance.File);
        Assert.Contains(result.Notes, n => n.StartsWith("长春/原文.ceb: not read", StringComparison.Ordinal));
    }

    [Fact]
    public void A_doc_that_is_rtf_inside_is_read_as_rtf_and_the_import_says_so()
    {
        // As sites serve them: RTF under a .doc name; its Chinese in \u escapes.
        static string Rtf(string text) => string.Concat(text.Select(c => c < 128 ? c.ToString() : $"\\u{(int)c}?"));
        File.WriteAllText(Path.Combine(_plans.FullName, "宽城区规划.doc"), "{\\rtf1\\ansi " + string.Join("\\par\n",
            Rtf("长春市宽城区国民经济和社会发展第十四个五年规划纲要"), Rtf("第一章 发展目标"), Rtf("到2025年，全区地区生产总值达到400亿元。")) + "\\par}");

        var result = ImportPipeline.Run(new ImportOptions(_plans.FullName, Corpus.ImportDirectory));

        Assert.Contains("宽城区规划.doc: read as an RTF document, which its bytes are, whatever its name says", result.Notes);
        var goal = Assert.Single(result.Graph.Nodes, n => n.Label == Labels.Goal);
        Assert.Equal(("400亿元", 3), (goal.Props.GetString("target"), goal.Provenance.LineStart));
    }

    [Fact]
    public void A_plan_dropped_in_as_an_ofd_is_imported_with_its_pages_as_provenance()
    {
        // 二道区's plan typeset as a government PDF, its pages written out as an OFD.
        File.WriteAllBytes(Path.Combine(_plans.FullName, "二道区.ofd"), OfdDocuments.FromPdf(File.ReadAllBytes(PdfDocuments.FixturePath("erdao-official.pdf"))));

        var result = ImportPipeline.Run(new ImportOptions(_plans.FullName, Corpus.ImportDirectory));

        var plan = Assert.Single(result.Graph.Nodes, n => n.Label == Labels.Plan);
        Assert.Equal(("二道区", "二道区.ofd", LineUnits.Page), (plan.Props.GetString("region"), plan.Provenance.File, LineUnits.Of(plan.Provenance.File)));
        Assert.Contains(result.Graph.Nodes, n => n.Label == Labels.Section && n.Props.GetString("title") == "持续提高电商产业技术水平");
    }

    [Fact]
    public void A_plan_dropped_in_as_a_word_97_document_is_imported_with_its_paragraphs_as_provenance()
    {
        File.Copy(PdfDocuments.FixturePath("lianhuashan-pandoc.doc"), Path.Combine(_plans.FullName, "莲花山规划.DOC"));

        var result = ImportPipeline.Run(new ImportOptions(_plans.FullName, Corpus.ImportDirectory));

        Assert.Equal(["莲花山规划.DOC"], result.Files);
        var growth = result.Graph.Nodes.Single(n => n.Label == Labels.Goal && n.Props.GetString("text") == "地区生产总值年均增速 (%) *");
        Assert.Equal(("10.0 以上", "莲花山规划.DOC", LineUnits.Paragraph), (growth.Props.GetString("target"), growth.Provenance.File, LineUnits.Of(growth.Provenance.File)));
        var source = KnowledgeGraph.Import.Reading.PlanFileReader.Read(Path.Combine(_plans.FullName, "莲花山规划.DOC"));
        // The row's cells are paragraphs of their own: the paragraphs the provenance names are the row's.
        var row = source.Lines.Where((_, i) => source.LineNumbers![i] >= growth.Provenance.LineStart && source.LineNumbers[i] <= growth.Provenance.LineEnd);
        Assert.Equal(["\t区域 发展", "\t地区生产总值年均增速 (%) *", "\t6.0", "\t10.0 以上", ""], row);
    }

    [Fact]
    public void Box_items_described_after_a_comma_or_a_bracket_of_who_carries_them_out()
    {
        var graph = Import(("nongan.txt", string.Join('\n',
            "农安县国民经济和社会发展第十四个五年规划纲要", "",
            "第五章 重点项目", "",
            "专栏1 重大项目",
            "1.北湖科技园二期项目，建设标准化厂房20万平方米。",
            "2.合隆镇物流园区项目（责任单位：合隆镇人民政府）",
            "3.伏龙泉镇污水处理厂扩建工程，由县住房和城乡建设局负责实施。", "")));

        var projects = graph.Nodes.Where(n => n.Label == Labels.Project).ToDictionary(n => n.Props.GetString("name")!, n => n);
        Assert.Equal(["伏龙泉镇污水处理厂扩建工程", "北湖科技园二期项目", "合隆镇物流园区项目"], projects.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("建设标准化厂房20万平方米。", projects["北湖科技园二期项目"].Props.GetString("description"));
        var agencies = graph.Nodes.Where(n => n.Label == Labels.Agency).ToDictionary(n => n.Id, n => n.Props.GetString("name"));
        string LeaderOf(string project) => agencies[graph.Edges.Single(e => e.Type == RelationshipTypes.LedBy && e.From == projects[project].Id).To]!;
        // A town's government and a county bureau whose name holds 城乡.
        Assert.Equal("合隆镇人民政府", LeaderOf("合隆镇物流园区项目"));
        Assert.Equal("农安县住房和城乡建设局", LeaderOf("伏龙泉镇污水处理厂扩建工程"));
    }

    [Fact]
    public void Numbered_items_too_long_for_a_heading_are_one_project_each_led_by_every_body_their_label_lists()
    {
        var graph = Import(("jiutai.txt", string.Join('\n',
            "长春市九台区国民经济和社会发展第十四个五年规划纲要", "",
            "第五章 重点项目", "",
            "专栏1 重大产业项目",
            "1.九台新材料产业园项目：建设新型建材生产线。（牵头单位：区发改局；配合单位：区财政局、区住建局）",
            "2.九台物流中心项目：建设冷链物流中心。（责任单位：区商务局、九台经济开发区管委会）",
            "3.卡伦湖康养小镇项目：建设康养综合体。牵头单位：区文旅局", "",
            "第六章 保障措施", "", "加强组织领导。", "")));

        // Before, the three items ran together into the first one's description.
        var projects = graph.Nodes.Where(n => n.Label == Labels.Project).ToDictionary(n => n.Props.GetString("name")!, n => n);
        Assert.Equal(["九台新材料产业园项目", "九台物流中心项目", "卡伦湖康养小镇项目"], projects.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("建设冷链物流中心。（责任单位：区商务局、九台经济开发区管委会）", projects["九台物流中心项目"].Props.GetString("description"));
        var agencies = graph.Nodes.Where(n => n.Label == Labels.Agency).ToDictionary(n => n.Id, n => n.Props.GetString("name"));
        string[] LeadersOf(string project) => [.. graph.Edges.Where(e => e.Type == RelationshipTypes.LedBy && e.From == projects[project].Id).Select(e => agencies[e.To]!).Order(StringComparer.Ordinal)];
        // A partner (配合单位) is mentioned, not a lead; every body 责任单位 lists leads.
        Assert.Equal(["九台区发改局"], LeadersOf("九台新材料产业园项目"));
        Assert.Equal(["九台区商务局", "长春九台经济开发区管理委员会"], LeadersOf("九台物流中心项目"));
        Assert.Equal(["九台区文旅局"], LeadersOf("卡伦湖康养小镇项目"));
        Assert.Contains(graph.Edges, e => e.Type == RelationshipTypes.Mentions && e.From == projects["九台新材料产业园项目"].Id && agencies.GetValueOrDefault(e.To) == "九台区财政局");
    }

    [Fact]
    public void The_short_name_of_an_areas_five_year_plan_cites_that_plan()
    {
        var graph = Import(("001.txt", File.ReadAllText(Corpus.PathOf("001"))), ("jiutai.txt", string.Join('\n',
            "长春市九台区国民经济和社会发展第十四个五年规划纲要", "",
            "第一章 总则", "",
            "本纲要依据《长春市“十四五”规划纲要》编制。", "",
            "第二章 交通", "",
            "落实《长春市十四五规划》，衔接《长春市“十四五”综合交通运输发展规划》。", "")));

        var changchun = graph.Nodes.Single(n => n.Label == Labels.Plan && n.Props.GetString("region") == "长春市").Id;
        var cites = graph.Edges.Where(e => e.Type == RelationshipTypes.Cites && e.Provenance.File == "jiutai.txt").ToList();
        // Before, both were Documents of their own.
        Assert.Equal(["长春市“十四五”规划纲要", "长春市十四五规划"],
            cites.Where(e => e.To == changchun).Select(e => e.Props.GetString("printed")!).Order(StringComparer.Ordinal));
        Assert.All(cites.Where(e => e.To == changchun), e => Assert.Equal("short", e.Props.GetString("match")));
        // A plan of one field is not the area's five-year plan.
        Assert.Contains(graph.Nodes, n => n.Label == Labels.Document && n.Props.GetString("title") == "长春市“十四五”综合交通运输发展规划");
    }

    [Fact]
    public void Box_items_printed_as_fields_name_their_project_in_the_first()
    {
        var graph = Import(("nongan.txt", string.Join('\n',
            "农安县国民经济和社会发展第十四个五年规划纲要", "",
            "第五章 重点项目", "",
            "专栏1 重大项目",
            "1.项目名称：农安县现代农业产业园项目；建设内容：新建温室大棚500栋；总投资：10亿元。",
            "2.项目名称：伏龙泉镇污水处理厂扩建工程",
            "建设内容：新增处理能力2万吨/日",
            "总投资：1.2亿元", "")));

        var projects = graph.Nodes.Where(n => n.Label == Labels.Project).ToDictionary(n => n.Props.GetString("name")!, n => n.Props.GetString("description"));
        Assert.Equal("建设内容：新建温室大棚500栋；总投资：10亿元。", projects["农安县现代农业产业园项目"]);
        // Fields printed one per line are fields, not one wrapped line.
        Assert.Equal("建设内容：新增处理能力2万吨/日；总投资：1.2亿元", projects["伏龙泉镇污水处理厂扩建工程"]);
        Assert.Equal(2, projects.Count);
    }

    [Fact]
    public void One_plan_file_given_instead_of_a_folder_is_imported_alone_with_its_folders_manifest()
    {
        var result = ImportPipeline.Run(new ImportOptions(Corpus.PathOf("003")));

        Assert.Equal([Path.GetFileName(Corpus.PathOf("003"))], result.Files);
        // The bundled manifest names its plan (the file's folder is import/plans).
        var plan = result.Graph.Nodes.Single(n => n.Label == Labels.Plan);
        Assert.Equal(("二道区", PlanLevels.District, "issuer"), (plan.Props.GetString("region"), plan.Props.GetString("level"), plan.Props.GetString("inferred")));
    }

    [Fact]
    public void The_import_says_what_it_read_a_plan_without_a_manifest_entry_as()
    {
        File.WriteAllText(Path.Combine(_plans.FullName, "shuangyang.txt"), "双阳区立足“十四五”新起点，加快发展。\n\n第一章 发展目标\n\n到2025年，全区地区生产总值达到300亿元。\n");

        var result = ImportPipeline.Run(new ImportOptions(_plans.FullName, Corpus.ImportDirectory));

        Assert.Equal(["shuangyang.txt: no manifest entry, described from its text as 双阳区国民经济和社会发展第十四个五年规划 (双阳区, DISTRICT, 2021–2025); not printed, inferred: region, title, issuer"],
            result.Notes);
        // The bundled plans have their entries: nothing to say.
        Assert.DoesNotContain(ImportPipeline.Run(new ImportOptions(Corpus.PathOf("004"))).Notes, n => n.Contains("no manifest entry", StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_of_many_new_plans_names_the_first_twenty_and_counts_the_rest()
    {
        for (var i = 0; i < 23; i++)
        {
            File.WriteAllText(Path.Combine(_plans.FullName, $"plan{i:00}.txt"), $"第{i + 1}区国民经济和社会发展第十四个五年规划纲要\n\n第一章 发展目标\n\n到2025年，全区地区生产总值达到300亿元。\n");
        }

        var notes = ImportPipeline.Run(new ImportOptions(_plans.FullName, Corpus.ImportDirectory)).Notes;

        Assert.Equal(21, notes.Count);
        Assert.StartsWith("plan00.txt: no manifest entry", notes[0], StringComparison.Ordinal);
        Assert.Equal("…and 3 more files described from their text", notes[^1]);
    }

    [Fact]
    public void A_text_that_prints_no_title_is_named_by_its_file()
    {
        var graph = Import(("长春市双阳区“十四五”规划.txt", "第一章 发展目标\n\n到2025年，全区地区生产总值达到300亿元。\n"));

        var plan = graph.Nodes.Single(n => n.Label == Labels.Plan);
        Assert.Equal(("长春市双阳区“十四五”规划", "双阳区", PlanKinds.FiveYear, 2025.0),
            (plan.Props.GetString("title"), plan.Props.GetString("region"), plan.Props.GetString("kind"), plan.Props.GetNumber("periodEnd")));
        Assert.Contains("title", plan.Props.GetString("inferred")!.Split(','));
    }

    [Fact]
    public void A_county_level_citys_plan_stands_with_the_districts_plans()
    {
        var graph = Import(
            ("dehui.txt", "德惠市国民经济和社会发展第十四个五年规划纲要\n\n第一章 发展目标\n\n到2025年，全市地区生产总值达到400亿元。\n"),
            ("nongan.txt", "农安县国民经济和社会发展第十四个五年规划纲要\n\n第一章 发展目标\n\n到2025年，全县地区生产总值达到350亿元。\n"),
            ("jilin.txt", "吉林市国民经济和社会发展第十四个五年规划纲要\n\n第一章 发展目标\n\n到2025年，全市地区生产总值达到1800亿元。\n"));

        var levels = graph.Nodes.Where(n => n.Label == Labels.Plan).ToDictionary(n => n.Props.GetString("region")!, n => n.Props.GetString("level"));

        // The gazetteer lists 德惠市 as a county-level city of 长春市; 吉林市 is a city.
        Assert.Equal(PlanLevels.District, levels["德惠市"]);
        Assert.Equal(PlanLevels.District, levels["农安县"]);
        Assert.Equal(PlanLevels.City, levels["吉林市"]);
    }

    [Fact]
    public void The_bundled_plans_without_their_manifest_give_the_graph_their_manifest_gives()
    {
        // The plans read with the bundled gazetteers and no manifest: everything the manifest says is read from the text.
        var importDirectory = Directory.CreateDirectory(Path.Combine(_plans.FullName, "import")).FullName;
        var gazetteers = Directory.CreateDirectory(Path.Combine(importDirectory, "gazetteers")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(Corpus.ImportDirectory, "gazetteers")))
        {
            File.Copy(file, Path.Combine(gazetteers, Path.GetFileName(file)));
        }

        var graph = ImportPipeline.Run(new ImportOptions(Corpus.PlansDirectory, importDirectory)).Graph;

        var listed = ImportedCorpus.Graph;
        Assert.Equal(listed.Nodes.Select(n => n.Id), graph.Nodes.Select(n => n.Id));
        Assert.Equal(listed.Edges.Select(e => (e.Type, e.From, e.To)), graph.Edges.Select(e => (e.Type, e.From, e.To)));
        var differing = graph.Nodes.Zip(listed.Nodes)
            .Where(pair => !PropsContentComparer.Instance.Equals(pair.First.Props, pair.Second.Props) || pair.First.Provenance != pair.Second.Provenance)
            .Select(pair => (pair.First.Props.GetString("title"), pair.First.Props.GetString("inferred"), pair.Second.Props.GetString("inferred")));
        // 绿园区's text prints no title and opens with its area: the one thing the manifest adds is that it names the region.
        Assert.Equal([("绿园区国民经济和社会发展第十五个五年规划纲要", "region,title,issuer", "title,issuer")], differing);
    }
}
