using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Reading;
using KnowledgeGraph.Import.Structure;
using KnowledgeGraph.Import.Tests.Support;
using static KnowledgeGraph.Import.Tests.Support.PlanReadings;

namespace KnowledgeGraph.Import.Tests.Reading;

public sealed class HtmlTextTests
{
    static HtmlTextTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// 莲花山's plan as its government's site would publish it: a page in GB2312 with a breadcrumb, an information
    /// table and links around the text, a paragraph element per line of the file, its indicator table (专栏1) a table;
    /// its contents left out, as such pages leave them. <paramref name="laidOut"/>: the page laid out in a table, as
    /// older sites lay theirs out, the menu in one cell and the text in the next.
    /// </summary>
    private static string Published(bool laidOut = false)
    {
        var lines = SourceDocument.SplitLines(File.ReadAllText(Corpus.PathOf("000")));
        var page = new List<string>
        {
            "<!DOCTYPE html>", "<html>", "<head>",
            """<meta http-equiv="Content-Type" content="text/html; charset=gb2312">""",
            "<title>长春莲花山生态旅游度假区国民经济和社会发展第十四个五年规划纲要_长春市人民政府</title>",
            "<style>p { text-indent: 2em; }</style>", "<script>var pageId = 42;</script>", "</head>", "<body>",
            """<div class="nav">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 规划计划</div>""",
            """<table class="info"><tr><td>发文机关：</td><td>长春莲花山生态旅游度假区管理委员会</td><td>成文日期：</td><td>2021年04月20日</td></tr></table>""",
            laidOut ? """<table width="960"><tr><td class="menu"><ul><li>首页</li><li>政务公开</li></ul></td><td class="content">""" : """<div class="content">""",
        };
        for (var i = 0; i < lines.Count; i++)
        {
            if (i < 80 && Regex.IsMatch(lines[i], @"\t\d+$")) continue;
            if (!lines[i].Contains('\t'))
            {
                page.Add(lines[i].Trim().Length == 0 ? "" : $"<p>{SecurityElement.Escape(lines[i])}</p>");
                continue;
            }
            page.Add("<table border=\"1\">");
            for (; i < lines.Count && lines[i].Contains('\t'); i++)
            {
                page.Add("<tr>" + string.Concat(lines[i].Split('\t').Select(c => $"<td>\n  {SecurityElement.Escape(c)}\n</td>")) + "</tr>");
            }
            page.Add("</table>");
            i--;
        }
        page.AddRange([laidOut ? "</td></tr></table>" : "</div>", """<div class="foot"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>""", "</body>", "</html>"]);
        return string.Join("\n", page);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_plan_saved_from_its_web_page_reads_as_its_text_does(bool laidOut)
    {
        var page = Published(laidOut);
        var read = PlanFileReader.Read("lianhuashan.html", Encoding.GetEncoding("GB2312").GetBytes(page));
        var source = page.Split('\n').ToList();

        var plan = StructurePass.Structure(Normaliser.Normalise(read with { FileName = Path.GetFileName(Corpus.PathOf("000")) }), Corpus.Manifest.For(Path.GetFileName(Corpus.PathOf("000")))).Plans.Single();
        var extracted = Corpus.Plan("000");
        Assert.Equal(Outline(extracted), Outline(plan));
        Assert.Equal(IndicatorRows(extracted), IndicatorRows(plan));
        Assert.Contains("区域发展 地区生产总值年均增速 (%) * 6.0 10.0 以上", IndicatorRows(plan));
        Assert.Equal(ProjectNames(extracted), ProjectNames(plan));

        // The head (its script and style) is no text; a line gives the page's source line its element begins on: a
        // heading's paragraph, a row of the table (its cells' text on lines of their own in the page).
        Assert.DoesNotContain(read.Lines, l => l.Contains("pageId", StringComparison.Ordinal) || l.Contains("text-indent", StringComparison.Ordinal));
        var chapter = plan.AllSections().First(s => s.Number == "第一章").Heading;
        Assert.Equal(source.IndexOf($"<p>{read.Lines[chapter.LineStart - 1]}</p>") + 1, plan.FileLines!.Value.Numbers[chapter.LineStart - 1]);
        var row = read.Lines.ToList().FindIndex(l => l.Contains("地区生产总值年均增速", StringComparison.Ordinal));
        var printed = source.FindIndex(l => l.Contains("地区生产总值年均增速", StringComparison.Ordinal));
        Assert.Equal(source.FindLastIndex(printed, l => l.StartsWith("<tr>", StringComparison.Ordinal)) + 1, read.LineNumbers![row]);
        Assert.Equal("长春莲花山生态旅游度假区国民经济和社会发展第十四个五年规划纲要", read.StoredTitle);
    }

    [Fact]
    public void A_page_reads_as_a_browser_shows_it()
    {
        var page = """
            <html><head><title>长春市宽城区国民经济和社会发展第十四个五年规划纲要 - 长春市宽城区人民政府</title><script>var a = "<p>不是正文</p>";</script></head>
            <body><p>全区经济
                总量稳步提升，GDP
                growth 6.5%左右。</p>
            <div>第一章&nbsp;发展基础<br>第一节 综合实力<br><br>一行</div>
            <table><tr><td></td><td><p>指 标</p></td><td>2025年</td></tr><tr><td>经济<br>发展</td><td>地区生产总值增长（%）</td><td>6.5左右</td></tr></table>
            <pre>专栏1
              北湖科技园二期项目</pre>
            </body></html>
            """;

        var document = PlanFileReader.Read("kuancheng.html", Encoding.UTF8.GetBytes(page));

        // A break of the source's line between two Chinese characters is no space; between words, one; a row's cells
        // between tabs, an empty first one too; a cell's line break stays in its cell.
        Assert.Equal([
            "全区经济总量稳步提升，GDP growth 6.5%左右。", "第一章\u00a0发展基础", "第一节 综合实力", "", "一行",
            "\t指 标\t2025年", "经济发展\t地区生产总值增长（%）\t6.5左右", "专栏1", "  北湖科技园二期项目"], document.Lines);
        Assert.Equal([2, 5, 5, 5, 5, 6, 6, 7, 7], document.LineNumbers);
        Assert.Equal("长春市宽城区国民经济和社会发展第十四个五年规划纲要", document.StoredTitle);
    }

    [Fact]
    public void A_pages_headings_give_the_outline_of_a_plan_without_numbers()
    {
        // 绿园区's plan as a page: its title an h1, its headings h2–h4 by level, without numbers (as its text prints
        // none), its paragraphs p; around it a menu and a list of links under headings of their own, and a script larger
        // than the text (no text of the page's). Before, the page
        // read as no plan (no heading found), as LibreOffice's web page of the document did.
        var extracted = Corpus.Plan("002");
        var levels = extracted.AllSections().Where(s => s.Title.Length > 0).ToDictionary(s => s.Heading.LineStart, s => s.Depth);
        var lines = SourceDocument.SplitLines(File.ReadAllText(Corpus.PathOf("002")));
        var body = new StringBuilder("<h1>绿园区国民经济和社会发展第十五个五年规划纲要</h1>\n");
        for (var i = 0; i < lines.Count; i++)
        {
            var text = SecurityElement.Escape(Regex.Replace(lines[i], @"\[bookmark: [^\]]*\]", "").Trim());
            if (text.Length == 0) continue;
            body.Append(levels.TryGetValue(i + 1, out var depth) ? $"<h{depth + 1}>{text}</h{depth + 1}>\n" : $"<p>{text}</p>\n");
        }
        var page = $"""
            <html><head><meta charset="utf-8"><title>绿园区国民经济和社会发展第十五个五年规划纲要</title></head><body>
            <div class="menu"><h2>政务公开</h2><ul><li>规划计划</li><li>政策文件</li></ul></div>
            <script>var statistics = "{new string('0', 300_000)}";</script>
            <div class="article">{body}</div>
            <div class="links"><h2>相关链接</h2><ul><li>长春市人民政府</li></ul></div>
            </body></html>
            """;

        var read = PlanFileReader.Read("lvyuan.html", Encoding.UTF8.GetBytes(page));
        var plan = StructurePass.Structure(Normaliser.Normalise(read with { FileName = Path.GetFileName(Corpus.PathOf("002")) }), Corpus.Manifest.For(Path.GetFileName(Corpus.PathOf("002")))).Plans.Single();

        Assert.Equal(TitledOutline(extracted), TitledOutline(plan));
        Assert.Contains("[outline: 2]发展基础与环境", read.Lines);
        Assert.Contains("绿园区国民经济和社会发展第十五个五年规划纲要", read.Lines);
    }

    [Fact]
    public void A_gbk_page_saved_without_its_charset_is_told_from_its_bytes()
    {
        // The server's header named the encoding, and the saved page does not.
        var page = Published().Replace("""<meta http-equiv="Content-Type" content="text/html; charset=gb2312">""", "", StringComparison.Ordinal);

        var read = PlanFileReader.Read("lianhuashan.html", Encoding.GetEncoding("GBK").GetBytes(page));

        Assert.Contains("第一章 全面建成小康社会，开启全面建设社会主义现代化新征程", read.Lines);
        // Said as a GBK text file's conversion is.
        Assert.Equal("GB18030", read.ConvertedFrom);
        Assert.Equal("长春莲花山生态旅游度假区国民经济和社会发展第十四个五年规划纲要", read.StoredTitle);
    }

    [Fact]
    public void A_page_dropped_in_without_a_manifest_entry_is_described_from_its_page()
    {
        var page = Published();
        var read = PlanFileReader.Read("page.htm", Encoding.UTF8.GetBytes(page.Replace("charset=gb2312", "charset=utf-8", StringComparison.Ordinal)));

        var plan = StructurePass.Structure(Normaliser.Normalise(read), null).Plans.Single();

        // As the manifest describes the file: the title page's issuer and date before the information table's; the
        // breadcrumb and the links are not the plan's text.
        Assert.Equal(("长春莲花山生态旅游度假区国民经济和社会发展第十四个五年规划纲要", "长春莲花山生态旅游度假区", "莲花山生态旅游度假区管理委员会", "2021-11"),
            (plan.Metadata.Title, plan.Metadata.Region, plan.Metadata.Issuer, plan.Metadata.IssuedOn));
        Assert.DoesNotContain(plan.Front.OfType<Paragraph>(), p => p.Text.Contains("当前位置", StringComparison.Ordinal) || p.Text.Contains("打印本页", StringComparison.Ordinal));
    }
}
