using System.Text;
using KnowledgeGraph.Import.Extraction.Projects;
using KnowledgeGraph.Import.Reading;
using KnowledgeGraph.Import.Structure;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Tests.Support;
using static KnowledgeGraph.Import.Tests.Support.PlanReadings;

namespace KnowledgeGraph.Import.Tests.Reading;

public sealed class DocTextTests
{
    // Word 97–2003 documents LibreOffice 7.4 saved (MS Word 97) from the .docx fixtures and from 绿园区's
    // extraction made back into its document: what a .doc published beside a plan's PDF looks like inside.
    private static SourceDocument Fixture(string fixture, string code, string name = "plan.doc") =>
        PlanFileReader.Read(name, File.ReadAllBytes(PdfDocuments.FixturePath(fixture))) with { FileName = Path.GetFileName(Corpus.PathOf(code)) };

    [Fact]
    public void A_doc_reads_line_for_line_as_the_docx_it_was_saved_from()
    {
        // 绿园区's headings as Word's heading styles (标题 1–3), no numbers, its indicator table a table.
        var doc = Fixture("lvyuan-libreoffice.doc", "002");
        var docx = PlanFileReader.Read("plan.docx", File.ReadAllBytes(PdfDocuments.FixturePath("lvyuan-libreoffice.docx")));

        Assert.Equal(docx.Lines, doc.Lines);
        Assert.Equal(docx.LineNumbers, doc.LineNumbers);
        Assert.StartsWith("[outline: 1]发展基础与环境", doc.Lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_doc_gives_the_plan_its_text_gives()
    {
        // 莲花山's plan: headings numbered as typed (第一章 …), bookmarked by their titles, its 专栏1 a table of 21 rows.
        var read = Structured(Fixture("lianhuashan-pandoc.doc", "000"));
        var extracted = Corpus.Plan("000");

        Assert.Equal(Outline(extracted), Outline(read));
        Assert.Equal(IndicatorRows(extracted), IndicatorRows(read));
        Assert.Contains("区域发展 地区生产总值年均增速 (%) * 6.0 10.0 以上", IndicatorRows(read));
        Assert.Equal(ProjectNames(extracted), ProjectNames(read));
    }

    [Fact]
    public void A_docs_contents_bookmarks_mark_its_headings_and_its_stored_title_names_it()
    {
        // 绿园区's extraction made back into its document (headings known only by their _Toc bookmarks), saved as a .doc,
        // dropped in under a name of its own with no manifest entry: the title it stores names the plan its text does not.
        var source = PlanFileReader.Read("lvyuan.doc", File.ReadAllBytes(PdfDocuments.FixturePath("lvyuan-bookmarked.doc")));
        Assert.Equal("绿园区国民经济和社会发展第十五个五年规划纲要", source.StoredTitle);
        Assert.Contains(source.Lines, l => l.StartsWith("[bookmark: _Toc", StringComparison.Ordinal) && l.EndsWith("]发展基础与环境", StringComparison.Ordinal));

        var plan = StructurePass.Structure(Normaliser.Normalise(source), null).Plans.Single();
        Assert.Equal(("绿园区国民经济和社会发展第十五个五年规划纲要", "绿园区"), (plan.Metadata.Title, plan.Metadata.Region));
        var extracted = Corpus.Plan("002");
        Assert.Equal(Outline(extracted), Outline(plan));
        Assert.Equal(IndicatorRows(extracted), IndicatorRows(plan));
        Assert.Contains(ProjectExtraction.Extract(plan).Projects, p => p.Name == "长春海吉星交易中心项目");
    }

    [Fact]
    public void Merged_empty_and_nested_cells_and_a_links_field_read_as_in_the_docx()
    {
        // table-nested.html saved by LibreOffice as .doc and as .docx: a 类别 spanning two rows, empty cells, a table
        // inside a cell, a hyperlink (a field, whose code HYPERLINK "…" is not text), a line break inside a paragraph.
        var doc = PlanFileReader.Read("plan.doc", File.ReadAllBytes(PdfDocuments.FixturePath("table-nested.doc")));
        var docx = PlanFileReader.Read("plan.docx", File.ReadAllBytes(PdfDocuments.FixturePath("table-nested.docx")));

        Assert.Equal(docx.Lines, doc.Lines);
        Assert.Equal(docx.LineNumbers, doc.LineNumbers);
        Assert.Equal("见规划全文第二节。", doc.Lines[1]);
        Assert.Contains("\t嵌套|\t内1|\t内2|||\t3|\t约束性|", string.Join('|', doc.Lines), StringComparison.Ordinal);
        Assert.Equal(["第二段落", "换行之后"], doc.Lines.TakeLast(2));
        Assert.Equal(doc.LineNumbers![^1], doc.LineNumbers[^2]);
    }

    [Fact]
    public void The_numbers_word_prints_before_headings_and_items_are_read_as_printed()
    {
        // numbered-lists.fodt saved by LibreOffice as .doc and as .docx: 第一章 and 第一节 numbered by the heading styles'
        // outline numbering in Chinese counting (as Word's taiwaneseCountingThousand), 一、 and 1. / （1） items by lists of
        // one and two levels, a list restarting in a table cell.
        var doc = PlanFileReader.Read("plan.doc", File.ReadAllBytes(PdfDocuments.FixturePath("numbered-lists.doc")));
        var docx = PlanFileReader.Read("plan.docx", File.ReadAllBytes(PdfDocuments.FixturePath("numbered-lists.docx")));

        Assert.Equal(docx.Lines, doc.Lines);
        Assert.Equal([
            "长春市宽城区国民经济和社会发展第十四个五年规划纲要", "[outline: 1]第一章 发展基础", "[outline: 2]第一节 综合实力稳步增强", "全区经济总量稳步提升。",
            "一、产业结构持续优化", "二、开放水平持续提升", "[outline: 2]第二节 城市建设不断改善", "[outline: 1]第二章 重点项目", "[outline: 2]第一节 产业项目",
            "1.北湖科技园二期项目", "（1）建设内容：研发楼", "（2）实施主体：北湖公司", "2.宽城物流港项目", "\t1.铁北老工业区改造项目", "\t宽城区", "",
            "[outline: 1]第三章 保障措施"], doc.Lines);
        var plan = StructurePass.Structure(Normaliser.Normalise(doc), null).Plans.Single();
        Assert.Equal([("第一章", "发展基础", 1), ("第一节", "综合实力稳步增强", 2), ("第二节", "城市建设不断改善", 2), ("第二章", "重点项目", 1), ("第一节", "产业项目", 2), ("第三章", "保障措施", 1)],
            plan.AllSections().Where(s => s.Number.StartsWith('第')).Select(s => (s.Number, s.Title, s.Depth)));
    }

    [Fact]
    public void Heading_styles_of_the_documents_own_give_their_outline_levels()
    {
        // heading-styles.fodt saved by LibreOffice as .doc: 一级标题 and 二级标题, styles of the document's own with outline
        // levels 1 and 2 (not Word's built-in 标题 1–2), and 小标题, based on 二级标题 without a level of its own.
        var doc = PlanFileReader.Read("plan.doc", File.ReadAllBytes(PdfDocuments.FixturePath("heading-styles.doc")));

        Assert.Equal([
            "长春市宽城区国民经济和社会发展第十四个五年规划纲要", "[outline: 1]发展基础", "[outline: 2]综合实力稳步增强", "全区经济总量稳步提升。",
            "[outline: 2]城市建设不断改善"], doc.Lines);
    }

    [Fact]
    public void Deleted_text_of_a_tracked_change_is_no_text_of_the_plan()
    {
        // tracked-deletion.fodt saved by LibreOffice as .doc: “力争达到8%” deleted (a change tracked, not accepted) before “6.5%左右”.
        var doc = PlanFileReader.Read("plan.doc", File.ReadAllBytes(PdfDocuments.FixturePath("tracked-deletion.doc")));

        Assert.Equal("到2025年，全区地区生产总值年均增长6.5%左右。", doc.Lines[1]);
    }

    [Fact]
    public void A_wps_document_in_words_layout_is_read_as_a_doc()
    {
        var source = Fixture("lvyuan-libreoffice.doc", "002", "规划.wps");
        Assert.Contains(IndicatorRows(Structured(source)), r => r.Contains("地区生产总值（GDP）增长（%） 5.5", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("password", "opens only with a password")]
    [InlineData("Word 95", "a Word 6 or Word 95 document, whose layout is not read: save it as .docx")]
    [InlineData("cut short", "not a readable Word 97–2003 document (")]
    [InlineData("no text stream", "no WordDocument stream")]
    [InlineData("text", "not a Word 97–2003 document (those are compound files)")]
    public void A_doc_that_cannot_be_read_is_rejected_with_what_is_wrong(string damage, string reason)
    {
        var bytes = File.ReadAllBytes(PdfDocuments.FixturePath("lvyuan-libreoffice.doc"));
        bytes = damage switch
        {
            "password" => Encrypted(bytes),
            "Word 95" => WithVersion(bytes, 0x65),
            "cut short" => bytes[..(bytes.Length / 3)],
            "no text stream" => Renamed(bytes, "WordDocument", "WordDocumenX"),
            _ => Encoding.UTF8.GetBytes("长春市国民经济和社会发展第十四个五年规划纲要\n"),
        };

        var error = Assert.Throws<PlanInputException>(() => PlanFileReader.Read("规划.doc", bytes));

        Assert.Equal("规划.doc", error.File);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_doc_is_read_or_rejected_naming_the_file_and_never_read_past_its_bounds()
    {
        // Bytes overwritten where a damaged download or disk would: in the header, the directory, the allocation tables,
        // the text's pieces and the pages of properties. Each reads as something or is rejected as a plan file.
        var original = File.ReadAllBytes(PdfDocuments.FixturePath("table-nested.doc"));
        var random = new Random(20261208);
        var rejected = 0;
        for (var round = 0; round < 400; round++)
        {
            var bytes = (byte[])original.Clone();
            for (var k = random.Next(1, 9); k > 0; k--) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            try
            {
                PlanFileReader.Read("规划.doc", bytes);
            }
            catch (PlanInputException e)
            {
                Assert.Equal("规划.doc", e.File);
                rejected++;
            }
        }
        Assert.InRange(rejected, 1, 399);
    }

    // The document's flag that its text is encrypted, set.
    private static byte[] Encrypted(byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        copy[WordStream(copy) + 0x0B] |= 0x01;
        return copy;
    }

    // The version Word 95 wrote (nFib 0x65) in the place of Word 97's.
    private static byte[] WithVersion(byte[] bytes, ushort version)
    {
        var copy = (byte[])bytes.Clone();
        BitConverter.GetBytes(version).CopyTo(copy, WordStream(copy) + 2);
        return copy;
    }

    // Where the WordDocument stream begins: at a sector with Word's signature (EC A5) and a Word 97 version.
    private static int WordStream(byte[] bytes)
    {
        for (var at = 512; at + 512 <= bytes.Length; at += 512)
        {
            if (bytes[at] == 0xEC && bytes[at + 1] == 0xA5 && BitConverter.ToUInt16(bytes, at + 2) >= 0xC1) return at;
        }
        throw new InvalidOperationException("no Word signature at a sector");
    }

    private static byte[] Renamed(byte[] bytes, string name, string other)
    {
        var copy = (byte[])bytes.Clone();
        var (from, to) = (Encoding.Unicode.GetBytes(name), Encoding.Unicode.GetBytes(other));
        var at = copy.AsSpan().IndexOf(from);
        Assert.True(at > 0);
        to.CopyTo(copy, at);
        return copy;
    }
}
