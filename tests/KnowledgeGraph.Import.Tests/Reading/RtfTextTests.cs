using System.Text;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Reading;
using KnowledgeGraph.Import.Structure;
using KnowledgeGraph.Import.Tests.Support;
using static KnowledgeGraph.Import.Tests.Support.PlanReadings;

namespace KnowledgeGraph.Import.Tests.Reading;

public sealed class RtfTextTests
{
    private static byte[] Fixture(string name) => File.ReadAllBytes(PdfDocuments.FixturePath(name));

    /// <summary>An RTF document as Chinese Word writes one: GBK text in \'hh pairs under \ansicpg936, a 宋体 font of charset 134.</summary>
    private const string Gbk = """
        {\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 \'cb\'ce\'cc\'e5;}}
        {\stylesheet{\s0 Normal;}{\s1\sbasedon0 heading 1;}}
        {\info{\title \'b3\'a4\'b4\'ba\'ca\'d0\'c2\'cc\'d4\'b0\'c7\'f8\'b9\'fa\'c3\'f1\'be\'ad\'bc\'c3\'ba\'cd\'c9\'e7\'bb\'e1\'b7\'a2\'d5\'b9\'b5\'da\'ca\'ae\'ce\'e5\'b8\'f6\'ce\'e5\'c4\'ea\'b9\'e6\'bb\'ae\'b8\'d9\'d2\'aa}{\author x}}
        {\header \pard\plain page header\par}
        \pard\plain\s1\f0 {\*\bkmkstart _Toc1}\'b7\'a2\'d5\'b9\'bb\'f9\'b4\'a1\'d3\'eb\'bb\'b7\'be\'b3{\*\bkmkend _Toc1}\par
        \pard\plain\f0 \'c8\'ab\'c7\'f8\'be\'ad\'bc\'c3\'d7\'dc\'c1\'bf\'ce\'c8\'b2\'bd\'cc\'e1\'c9\'fd\'a1\'a3{\field{\*\fldinst PAGEREF _Toc1 \\h}{\fldrslt 3}}\par
        \trowd\cellx2000\cellx4000\pard\plain\intbl\f0 \'b5\'d8\'c7\'f8\'c9\'fa\'b2\'fa\'d7\'dc\'d6\'b5\'d4\'f6\'b3\'a4\'a3\'a8\'25\'a3\'a9\cell \'35\'d2\'d4\'c9\'cf\cell\row
        \pard\plain\f0 \u27573?\u33853?\line \uc2\u21518\'ba\'f3\par
        }
        """;

    [Fact]
    public void Gbk_text_bookmarks_styles_tables_fields_and_the_title_read_as_a_docx_lays_them_out()
    {
        var read = PlanFileReader.Read("绿园区.rtf", Encoding.ASCII.GetBytes(Gbk));

        Assert.Equal([
            "[outline: 1][bookmark: _Toc1]发展基础与环境", "全区经济总量稳步提升。3", "\t地区生产总值增长（%）", "\t5以上", "", "段落", "后"], read.Lines);
        Assert.Equal([1, 2, 3, 4, 4, 5, 5], read.LineNumbers);
        Assert.Equal("长春市绿园区国民经济和社会发展第十五个五年规划纲要", read.StoredTitle);
    }

    [Fact]
    public void A_plan_saved_as_rtf_gives_the_plan_its_text_gives()
    {
        // 莲花山's plan as LibreOffice 7.4 saves its .docx (pandoc's) as RTF: headings by their styles (Heading 1–3), text in
        // \u escapes, 专栏1 a table of 21 rows.
        var source = PlanFileReader.Read("lianhuashan.rtf", Fixture("lianhuashan-pandoc.rtf")) with { FileName = Path.GetFileName(Corpus.PathOf("000")) };

        var read = Structured(source);
        var extracted = Corpus.Plan("000");
        Assert.Equal(Outline(extracted), Outline(read));
        Assert.Equal(IndicatorRows(extracted), IndicatorRows(read));
        Assert.Equal(ProjectNames(extracted), ProjectNames(read));
    }

    [Fact]
    public void List_numbers_are_read_as_the_document_prints_them()
    {
        // numbered-lists.fodt saved as RTF: the numbers in each paragraph's list text (第一章 and a tab, as LibreOffice writes them).
        var read = PlanFileReader.Read("plan.rtf", Fixture("numbered-lists.rtf"));

        Assert.Equal("[outline: 1]第一章\t发展基础", read.Lines[1]);
        Assert.Equal("（1）\t建设内容：研发楼", read.Lines[10]);
        var plan = StructurePass.Structure(Normaliser.Normalise(read), null).Plans.Single();
        Assert.Equal([("第一章", "发展基础", 1), ("第一节", "综合实力稳步增强", 2), ("第二节", "城市建设不断改善", 2), ("第二章", "重点项目", 1), ("第一节", "产业项目", 2), ("第三章", "保障措施", 1)],
            plan.AllSections().Where(s => s.Number.StartsWith('第')).Select(s => (s.Number, s.Title, s.Depth)));
    }

    [Fact]
    public void Nested_tables_read_cell_by_cell_and_a_links_code_is_left_out()
    {
        // table-nested.html saved by LibreOffice as RTF: a table inside a cell (\nestcell, its row ended inside
        // \nesttableprops, its flattened copy for old readers left out), a hyperlink field.
        var read = PlanFileReader.Read("plan.rtf", Fixture("table-nested.rtf"));

        Assert.Equal("见规划全文第二节。", read.Lines[1]);
        Assert.Contains("\t嵌套|\t内1|\t内2|||\t3|\t约束性|", string.Join('|', read.Lines), StringComparison.Ordinal);
        Assert.Equal(["第二段落", "换行之后"], read.Lines.TakeLast(2));
    }

    [Theory]
    [InlineData("rtf")]
    [InlineData("web page")]
    [InlineData("docx")]
    [InlineData("doc")]
    public void A_word_document_is_read_as_what_it_is_whatever_its_name_says(string inside)
    {
        // Sites serve RTF and web pages as .doc, and a .doc renamed .docx is still a .doc.
        var (name, bytes) = inside switch
        {
            "rtf" => ("规划.doc", Encoding.ASCII.GetBytes(Gbk)),
            "web page" => ("规划.doc", Encoding.UTF8.GetBytes("<html><head><meta charset=\"utf-8\"></head><body><h1>发展基础与环境</h1><p>全区经济总量稳步提升。</p></body></html>")),
            "docx" => ("规划.doc", Fixture("table-nested.docx")),
            _ => ("规划.docx", Fixture("table-nested.doc")),
        };

        var read = PlanFileReader.Read(name, bytes);

        // A web page under a Word document's name is numbered by its paragraphs, as its name's lineUnit says.
        if (inside == "web page") Assert.Equal([1, 2], read.LineNumbers!.Where((_, i) => read.Lines[i].Length > 0));
        Assert.Contains(read.Lines, l => l.Contains("全区经济总量稳步提升。", StringComparison.Ordinal) || l.Contains("见规划全文第二节。", StringComparison.Ordinal));
    }

    [Fact]
    public void Deleted_text_of_a_tracked_change_is_no_text_of_the_plan()
    {
        // tracked-deletion.fodt saved by LibreOffice as RTF: “力争达到8%” deleted before “6.5%左右”.
        var read = PlanFileReader.Read("plan.rtf", Fixture("tracked-deletion.rtf"));
        Assert.Equal("到2025年，全区地区生产总值年均增长6.5%左右。", read.Lines[1]);

        // \deleted0 and \plain end a deletion.
        var marked = PlanFileReader.Read("plan.rtf", Encoding.ASCII.GetBytes(@"{\rtf1\ansi GDP {\deleted 8%}{\deleted\deleted0 6.5%}{\deleted 7%\plain  }\par}"));
        Assert.Equal("GDP 6.5% ", marked.Lines[0]);
    }

    [Theory]
    [InlineData(@"{\rtf1 \'zz}", "\\'zz is no byte")]
    [InlineData(@"{\rtf1 text\'4", "cut short")]
    public void An_rtf_that_cannot_be_read_is_rejected_with_what_is_wrong(string rtf, string reason)
    {
        var error = Assert.Throws<PlanInputException>(() => PlanFileReader.Read("规划.rtf", Encoding.ASCII.GetBytes(rtf)));

        Assert.Equal("规划.rtf", error.File);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Groups_nested_past_any_documents_depth_are_refused()
    {
        var rtf = @"{\rtf1 " + new string('{', 100_000) + "x" + new string('}', 100_000) + "}";

        var error = Assert.Throws<PlanInputException>(() => PlanFileReader.Read("规划.rtf", Encoding.ASCII.GetBytes(rtf)));

        Assert.Contains("nested more than", error.Reason, StringComparison.Ordinal);
    }
}
