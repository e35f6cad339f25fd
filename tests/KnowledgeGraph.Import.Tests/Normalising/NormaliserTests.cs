using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Reading;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Normalising;

public class NormaliserTests
{
    [Theory]
    [InlineData("12")]
    [InlineData("- 12 -")]
    [InlineData("第 3 页")]
    [InlineData("第 3 页 共 120 页")]
    [InlineData("3/120")]
    [InlineData("·15·")]
    [InlineData("— 12 —")]
    [InlineData("Page 12")]
    [InlineData("Page 3 of 120")]
    public void Page_numbers_in_the_forms_plans_print_them(string line) => Assert.Equal(LineRole.PageNumber, LineCleaner.Clean(1, line).Role);

    [Theory]
    [InlineData("\t12")]
    [InlineData("2025")]
    [InlineData("第3页的表格列出了各区的目标")]
    [InlineData("Page 12 的表格")]
    public void Numbers_that_are_not_page_numbers(string line) => Assert.NotEqual(LineRole.PageNumber, LineCleaner.Clean(1, line).Role);

    [Theory]
    [InlineData("<p>第一章 总体要求</p>", "第一章 总体要求")]
    [InlineData("<P class=\"MsoNormal\"><span style=\"font-size:16pt\">加快建设<br/>“一主六双”</span></P>", "加快建设“一主六双”")]
    [InlineData("贯彻<中华人民共和国土地管理法>", "贯彻<中华人民共和国土地管理法>")] // a title typed <…>, no tag
    [InlineData("PM2.5<35微克/立方米，b>a", "PM2.5<35微克/立方米，b>a")]
    public void The_markup_of_a_web_pages_text_is_dropped(string raw, string text) => Assert.Equal(text, LineCleaner.Clean(1, raw).Text);

    [Theory]
    [InlineData("第一章\t总体要求", "第一章 总体要求")]
    [InlineData("一、\t指导思想", "一、指导思想")]
    [InlineData("（三）\t强化科技创新", "（三）强化科技创新")]
    [InlineData("1.\t长春海吉星交易中心项目", "1.长春海吉星交易中心项目")]
    [InlineData("1\t地区生产总值增长（%）\t6.5\t预期性", "1\t地区生产总值增长（%）\t6.5\t预期性")] // a table's row
    [InlineData("一、\t经济发展\t\t", "一、\t经济发展")] // a category row of a table, its empty cells trimmed
    public void A_word_processors_list_number_and_its_tab_read_as_a_typed_number(string raw, string text) =>
        Assert.Equal(text, LineCleaner.Clean(1, raw).Text);

    [Fact]
    public void Full_width_digits_and_letters_are_read_as_ascii_one_character_for_one()
    {
        var line = LineCleaner.Clean(5, "到２０２５年，ＧＤＰ年均增长６．５％左右：");

        Assert.Equal("到2025年，GDP年均增长6.5％左右：", line.Text);
        Assert.Equal(line.Raw.Length, line.Text.Length);
        Assert.Same("第一章 总则", PrintedCharacters.HalfWidthAlphanumerics("第一章 总则"));
    }

    [Theory]
    [InlineData("## 第一章 发展目标", "第一章 发展目标")]
    [InlineData("**专栏1 主要指标**", "专栏1 主要指标")]
    [InlineData("| 1 | 常住人口城镇化率（%） | 90 | 92 |", "1\t常住人口城镇化率（%）\t90\t92")]
    [InlineData("|---|:---:|---:|", "")]
    [InlineData("1 | 常住人口城镇化率（%） | 90 | 92", "1\t常住人口城镇化率（%）\t90\t92")] // outer pipes left out, as Markdown allows
    [InlineData("--- | :---: | ---", "")]
    [InlineData("---|---", "")]
    [InlineData("#1 展厅", "#1 展厅")] // no space after the mark: not a heading's
    [InlineData("第一章 总则", "第一章 总则")]
    [InlineData("* 九台物流中心项目：…", "* 九台物流中心项目：…")] // a list item keeps its mark, so quotes read as printed
    public void Markdown_markup_of_a_converted_plan_is_dropped(string raw, string text) =>
        Assert.Equal(text, LineCleaner.Clean(1, raw).Text);

    [Fact]
    public void Joins_lines_wrapped_mid_sentence_and_maps_back_to_them()
    {
        var document = Corpus.Normalise("001");

        var paragraph = document.Paragraphs.Single(p => p.Text.StartsWith("综合实力达到新规模", StringComparison.Ordinal));

        Assert.Equal(41, paragraph.LineStart);
        Assert.Equal(46, paragraph.LineEnd);
        // “占全省经\n\n济总量” is one word again.
        Assert.Contains("占全省经济总量比重 53.9%", paragraph.Text);
        var at = paragraph.Text.IndexOf("6600亿元", StringComparison.Ordinal);
        var provenance = paragraph.Provenance(at, "6600亿元".Length);
        Assert.Equal((42, 42), (provenance.LineStart, provenance.LineEnd));
        Assert.Equal("6600亿元", provenance.Quote);
    }

    [Fact]
    public void A_term_split_by_a_wrap_is_found_in_the_joined_text_with_both_lines()
    {
        var document = Corpus.Normalise("001");
        var paragraph = document.Paragraphs.First(p => p.Text.Contains("全市地区生产总值超过", StringComparison.Ordinal));
        var at = paragraph.Text.IndexOf("占全省经济总量", StringComparison.Ordinal);

        var provenance = paragraph.Provenance(at, "占全省经济总量".Length);

        Assert.Equal((42, 44), (provenance.LineStart, provenance.LineEnd));
    }

    [Fact]
    public void A_wrapped_line_of_running_text_ending_as_a_title_page_line_ends_goes_on()
    {
        // 001 lines 931–935 and 000 lines 1090–1092: before, each sentence was cut after 管委会 and after 规划.
        var document = Normaliser.Normalise(SourceDocument.FromText("plan.txt", string.Join('\n',
            "长春市国民经济和社会发展第十四个五年规划和2035年远景目标纲要", "", "第一章 总则", "",
            "与吉林、四平、辽源、白城、松原地区合作，经开区与吉林、通", "", "化、白山、松原地区合作，净月区与吉林、白山、长白山管委会", "", "合作。", "",
            "全面衔接上位规划。以省、市国民经济和社会发展规划", "", "以及长春现代化都市圈规划为引领，以省、市国土空间规划为约束。", "")));

        Assert.Equal(["与吉林、四平、辽源、白城、松原地区合作，经开区与吉林、通化、白山、松原地区合作，净月区与吉林、白山、长白山管委会合作。",
            "全面衔接上位规划。以省、市国民经济和社会发展规划以及长春现代化都市圈规划为引领，以省、市国土空间规划为约束。"],
            document.Paragraphs.Skip(2).Select(p => p.Text));
    }

    [Theory]
    [InlineData("到2", "035年，全区地区生产总值达到300亿元。", "到2035年，全区地区生产总值达到300亿元。")]
    [InlineData("增加5", "A级旅游景区1—2家。", "增加5A级旅游景区1—2家。")]
    [InlineData("11.B+R：Bike And", "Ride，是一种绿色的出行方式。", "11.B+R：Bike And Ride，是一种绿色的出行方式。")] // English words keep their space
    public void A_figure_wrapped_from_its_neighbour_is_joined_without_a_space(string first, string second, string joined)
    {
        // Before, “2 035年” and “5 A级”: a wrap read as a space between words, and the year and the aim were lost.
        var line = string.Concat(Enumerable.Repeat("全区经济平稳发展，", 2));
        var document = Normaliser.Normalise(SourceDocument.FromText("plan.txt", string.Join('\n', "第一章 总则", "", line + first, second, "")));
        Assert.Equal(line + joined, document.Paragraphs[1].Text);
    }

    [Fact]
    public void A_row_a_text_layout_prints_with_wide_gaps_is_a_table_row_not_a_wrapped_sentence()
    {
        // 004's 专栏 4 (lines 1131–1132) as pdftotext -layout prints it: before, the rows ran together into
        // “…长春榆树经济开发区工业集中区（3个）…”, a place that does not exist.
        var document = Normaliser.Normalise(SourceDocument.FromText("plan.txt", string.Join('\n',
            "第一章 总体布局", "", "专栏 4 “八通道”区域重点开发区、工业集中区、特色小镇分布",
            "长春至扶余市和榆树市通道                    开发区（4个）    长春北湖科技开发区、长春榆树经济开发区",
            "                                工业集中区（3个）  米沙子工业集中区、扶余工业集中区、弓棚子工业集中区", "")));

        Assert.Equal([ParagraphKind.TableLine, ParagraphKind.TableLine], document.Paragraphs.Skip(2).Select(p => p.Kind));
    }

    [Fact]
    public void A_line_far_shorter_than_the_width_the_file_wraps_at_is_a_label_not_a_wrapped_line()
    {
        // A PDF extraction wrapping its running text at 30 characters, without blank lines between paragraphs.
        var sentence = string.Concat(Enumerable.Repeat("全区经济平稳发展产业结构持续优化城乡面貌焕然一新", 80));
        var wrapped = Enumerable.Range(0, sentence.Length / 30).Select(i => sentence.Substring(i * 30, 30)).ToList();
        wrapped[^1] += "。";
        var document = Normaliser.Normalise(SourceDocument.FromText("plan.txt", string.Join('\n', [
            "第一章 乡村振兴", .. wrapped,
            "专栏 9 乡村振兴重点项目",
            "保障国家粮食安全生产能力重点工程",
            "高标准农田建设工程、保护性耕作工程、农田水土保持工程、黑土地侵蚀沟治理工程。",
            "白松长通至辽宁（丹东港、营口港、",
            "大连港）大通道发展规划", ""])));

        // Before, 004's label (line 319 with its blank lines dropped) ran into its list: a project named 保障…重点工程高标准农田建设工程.
        Assert.Contains(document.Paragraphs, p => p.Text == "保障国家粮食安全生产能力重点工程");
        // A line stopping at 、 goes on, however short.
        Assert.Contains(document.Paragraphs, p => p.Text == "白松长通至辽宁（丹东港、营口港、大连港）大通道发展规划");
    }

    [Fact]
    public void A_numbered_item_wrapped_after_its_first_line_is_no_heading()
    {
        // 003's glossary (名词解释, line 945) as a PDF extraction wraps it: before, the first line was a section.
        var document = Normaliser.Normalise(SourceDocument.FromText("plan.txt", string.Join('\n',
            "长春市二道区国民经济和社会发展第十四个五年规划纲要", "", "名词解释：", "",
            "11.B+R：Bike And Ride（自行车+公共交通",
            "），交通模式是指交通出行者先以自行车交通方式到达公交枢纽。", "",
            "12.绿色发展", "")));

        Assert.Equal([ParagraphKind.Prose, ParagraphKind.Heading], document.Paragraphs.Skip(2).Select(p => p.Kind));
        Assert.Equal("11.B+R：Bike And Ride（自行车+公共交通），交通模式是指交通出行者先以自行车交通方式到达公交枢纽。", document.Paragraphs[2].Text);
    }

    [Theory]
    [InlineData("● 南关区幸福街道老旧小区改造提升工程", true)]
    [InlineData("➢ 科技创新实体建设重点项目", true)]
    [InlineData("√ 科技创新实体建设重点项目", true)]
    [InlineData("· 科技创新实体建设重点项目", true)]
    [InlineData("- 87中分校新建项目", true)]
    [InlineData("- “两车”装备制造集聚枢纽升级项目", true)]
    [InlineData("·E 春城”、长春电网建设", false)] // a name cut before its dot by a wrap (“旗 / ·E 春城”)
    [InlineData("- 10 - 预期性", false)] // a dash as a table's empty cell
    public void A_list_items_bullet_is_known_in_the_forms_plans_print_it(string text, bool bulleted) =>
        Assert.Equal(bulleted, ItemMarks.IsBulleted(text));

    [Fact]
    public void The_title_printed_over_every_page_is_left_out_of_the_sentences_it_interrupts()
    {
        // Other plans' PDF extractions print a running head and the page number at every page break.
        const string Title = "长春市南关区国民经济和社会发展第十四个五年规划纲要";
        var document = Normaliser.Normalise(SourceDocument.FromText("plan.txt", string.Join('\n',
            Title, "", "第一章 发展目标", "",
            "到2025年，全区经济实力显著增强，产业结构持续优化，全区地区生产总值", "", Title, "", "- 3 -", "",
            "达到300亿元，城镇居民人均可支配收入年均增长7%左右。", "", Title, "", "- 4 -", "", "第二章 重点项目", "")));

        var sentence = document.Paragraphs.Single(p => p.Text.Contains("达到300亿元", StringComparison.Ordinal));
        Assert.Equal("到2025年，全区经济实力显著增强，产业结构持续优化，全区地区生产总值达到300亿元，城镇居民人均可支配收入年均增长7%左右。", sentence.Text);
        Assert.Equal((5, 11), (sentence.LineStart, sentence.LineEnd));
        Assert.Equal([LineRole.Content, LineRole.RunningHead, LineRole.RunningHead], new[] { 1, 7, 13 }.Select(n => document.Line(n).Role));
        // A title printed once more (over the body, after a title page) is no running head.
        var once = Normaliser.Normalise(SourceDocument.FromText("plan.txt", string.Join('\n', Title, "目录", Title, "第一章 发展目标", "")));
        Assert.Equal(LineRole.Content, once.Line(3).Role);
    }

    [Fact]
    public void Items_numbered_with_a_leading_zero_stand_alone_and_a_line_going_on_with_a_number_is_joined()
    {
        var document = Normaliser.Normalise(SourceDocument.FromText("plan.txt", string.Join('\n',
            "专栏2 城市更新重点项目", "01 南关区幸福街道老旧小区改造项目", "02 南关区永吉街道棚户区改造项目", "",
            "第四章 发展数字经济", "", "到2030年，全区数字经济核心产业增加值占地区生产总值比重提高", "6 个百分点。", "")));

        Assert.Contains(document.Paragraphs, p => p.Text == "01 南关区幸福街道老旧小区改造项目");
        Assert.Contains(document.Paragraphs, p => p.Text == "02 南关区永吉街道棚户区改造项目");
        Assert.Contains(document.Paragraphs, p => p.Text.EndsWith("比重提高6 个百分点。", StringComparison.Ordinal));
        // Bulleted items too.
        var bullets = Normaliser.Normalise(SourceDocument.FromText("plan.txt", string.Join('\n',
            "专栏2 城市更新重点项目", "● 南关区幸福街道老旧小区改造提升及配套基础设施完善工程", "◆ 南部新城综合管廊及地下空间开发利用一期工程", "")));
        Assert.Equal(["● 南关区幸福街道老旧小区改造提升及配套基础设施完善工程", "◆ 南部新城综合管廊及地下空间开发利用一期工程"], bullets.Paragraphs.Skip(1).Select(p => p.Text));
    }

    [Fact]
    public void Strips_bookmark_markers_and_counts_them()
    {
        var document = Corpus.Normalise("002");

        var line = document.Line(2);

        Assert.Equal("发展基础与环境", line.Text);
        Assert.Equal(7, line.Bookmarks);
        Assert.Contains(document.Paragraphs, p => p.Kind == ParagraphKind.Heading && p.Text == "发展基础与环境");
    }

    [Fact]
    public void Keeps_table_rows_as_single_lines()
    {
        var document = Corpus.Normalise("001");

        var row = document.Paragraphs.Single(p => p.LineStart == 523);

        Assert.Equal(ParagraphKind.TableLine, row.Kind);
        Assert.Equal("地区生产总值（GDP）增长（%） 3.6 - 6.5左右 预期性", row.Text);
        // A lone row number in a space-separated table is not taken for a page number.
        Assert.Equal(ParagraphKind.TableLine, document.Paragraphs.Single(p => p.LineStart == 516).Kind);
    }

    [Fact]
    public void A_heading_after_a_table_ends_the_table()
    {
        var document = Corpus.Normalise("000");

        var heading = document.Paragraphs.Single(p => p.LineStart == 218);

        Assert.Equal(ParagraphKind.Heading, heading.Kind);
        Assert.Equal("二、2035年远景目标", heading.Text);
    }

    [Fact]
    public void A_figure_caption_stands_alone()
    {
        // 004 lines 2611 and 2617: two captions, each over a picture the text extraction left out. Before, they
        // were read as one sentence (图 1 …现状示意图图2 …规划示意图), and 3449's run of captions as the start of 3453's text.
        var document = Corpus.Normalise("004");

        Assert.Equal("图 1 长吉珲大通道综合交通网现状示意图", document.Paragraphs.Single(p => p.LineStart == 2611).Text);
        Assert.Equal("图2 长吉珲大通道综合交通网规划示意图", document.Paragraphs.Single(p => p.LineStart == 2617).Text);
        Assert.StartsWith("白城市风资源。", document.Paragraphs.Single(p => p.LineStart == 3453).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sub_plan_marker_stands_apart_from_the_title_under_it()
    {
        var document = Corpus.Normalise("004");

        var marker = document.Paragraphs.Single(p => p.LineStart == 871);

        Assert.Equal("“一主六双” 高质量发展战略专项规划之二", marker.Text);
        Assert.Equal(871, marker.LineEnd);
    }

    [Fact]
    public void Title_page_lines_are_not_run_together()
    {
        var document = Corpus.Normalise("000");

        Assert.Equal("莲花山生态旅游度假区管理委员会", document.Paragraphs.Single(p => p.LineStart == 5).Text);
        Assert.Equal("2021年11月", document.Paragraphs.Single(p => p.LineStart == 7).Text);
    }

    [Fact]
    public void A_quote_from_a_long_sentence_still_shows_the_match()
    {
        var line = new TextLine(7, "", new string('甲', 300) + "到2025年突破1000亿元" + new string('乙', 300) + "。", LineRole.Content);
        var paragraph = Paragraph.FromLine("x.txt", line, ParagraphKind.Prose);
        var at = paragraph.Text.IndexOf("突破1000亿元", StringComparison.Ordinal);

        var provenance = paragraph.ProvenanceWithContext(at, "突破1000亿元".Length);

        Assert.Contains("突破1000亿元", provenance.Quote);
        Assert.True(provenance.Quote.Length <= 200);
        Assert.Equal((7, 7), (provenance.LineStart, provenance.LineEnd));
    }

    [Theory]
    [InlineData("- 12 -", LineRole.PageNumber)]
    [InlineData("第 3 页", LineRole.PageNumber)]
    [InlineData("\t1", LineRole.Content)]
    [InlineData("2025 年发展目标", LineRole.Content)]
    public void Recognises_page_numbers_but_not_table_cells(string raw, LineRole role) =>
        Assert.Equal(role, LineCleaner.Clean(1, raw).Role);

    [Fact]
    public void Golden_excerpts_normalise_as_recorded()
    {
        var folder = Golden.Folder();
        foreach (var excerpt in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(excerpt);
            var document = Normaliser.Normalise(SourceDocument.FromText(name + ".txt", File.ReadAllText(excerpt)));
            var actual = document.Paragraphs.Select(p => new { kind = p.Kind.ToString(), lines = $"{p.LineStart}-{p.LineEnd}", text = p.Text });
            Golden.Verify(folder, name + ".json", actual);
        }
    }

    [Fact]
    public void Straight_quotes_and_corner_brackets_read_as_the_quotes_plans_print()
    {
        // 001 lines 4089–4091 with straight quotes: a quoted name wraps over the blank line 001 prints after
        // every line. A stray quote misleads no further than its sentence; a table's row is read on its own.
        var text = string.Join('\n',
            "龙嘉街道 5G+吉林省九台稻谷高新技术产业园、土们岭街道\"千顷地", "",
            "万栋棚\"、纪家街道小杂粮同熟项目、\"三早育苗\"\"明德知礼\"工程。", "",
            "错印的引号\"在这里。", "做大\"四大板块\"，深化『双创』示范「一主六双」。",
            "1\t\"双创\"主体数量（万户）\t125");
        var document = Normaliser.Normalise(SourceDocument.FromText("quotes.txt", text));

        Assert.Equal("龙嘉街道 5G+吉林省九台稻谷高新技术产业园、土们岭街道“千顷地万栋棚”、纪家街道小杂粮同熟项目、“三早育苗”“明德知礼”工程。", document.Paragraphs[0].Text);
        Assert.Equal("做大“四大板块”，深化‘双创’示范“一主六双”。", document.Line(6).Text);
        Assert.Equal("1\t“双创”主体数量（万户）\t125", document.Line(7).Text);
        Assert.Equal("“双创”主体数量（万户）", QuoteMarks.InLine("\"双创\"主体数量（万户）"));
        Assert.All(document.Lines, l => Assert.Equal(l.Raw.Length, l.Text.Length + (l.Raw.Length - l.Raw.Trim().Length)));
    }

    [Theory]
    [InlineData("筑牢发展空间基底,着力优化区域发展布局", "筑牢发展空间基底，着力优化区域发展布局")]
    [InlineData("技术创新平台:国家半导体激光技术创新中心建设项目。", "技术创新平台：国家半导体激光技术创新中心建设项目。")]
    [InlineData("(通辽至让胡路)为两翼,构建布局合理;是否?", "(通辽至让胡路)为两翼，构建布局合理；是否？")]
    [InlineData("GDP,增长", "GDP，增长")]
    [InlineData("达到1,000亿元,8:30开始", "达到1,000亿元，8:30开始")]
    [InlineData("见 http://www.jl.gov.cn 网站", "见 http://www.jl.gov.cn 网站")]
    [InlineData("第一章\u00A0总体要求", "第一章 总体要求")] // a web page's &nbsp;
    [InlineData("落实&ldquo;一主六双&rdquo;战略&mdash;&mdash;长春&#12289;吉林&nbsp;R&D投入", "落实“一主六双”战略——长春、吉林 R&D投入")]
    [InlineData("长春\u200B现代化\u00AD都市圈\uFEFF", "长春现代化都市圈")]
    // Titles between single title marks, a printing that marks every title so; inside 《…》 they stay, and a
    // closing mark with none open closes a title wrapped from the line before.
    [InlineData("依据〈中华人民共和国土地管理法〉〈旅游法〉", "依据《中华人民共和国土地管理法》《旅游法》")]
    [InlineData("《关于〈长春市国土空间总体规划〉的说明》", "《关于〈长春市国土空间总体规划〉的说明》")]
    [InlineData("规划纲要〉等", "规划纲要》等")]
    public void Characters_printed_another_way_read_as_the_plans_print_them(string printed, string read)
    {
        Assert.Equal(read, LineCleaner.Clean(1, printed).Text);
    }

    [Theory]
    [InlineData("专 栏   1 0 ： 现 代 农 业 重 点 项 目", "专栏 10：现代农业重点项目")]
    [InlineData("第 一 章  总 体 要 求", "第一章 总体要求")]
    [InlineData("长春莲花山生态旅游度假区国民经济和 社会发展第十四个五年规划纲要", "长春莲花山生态旅游度假区国民经济和 社会发展第十四个五年规划纲要")]
    [InlineData("3 城镇调查失业率 % 5.5", "3 城镇调查失业率 % 5.5")]
    public void A_letter_spaced_line_is_read_without_its_spaces(string printed, string read) =>
        Assert.Equal(read, LineCleaner.Clean(1, printed).Text);
}
