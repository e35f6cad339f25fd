using System.Text;
using KnowledgeGraph.Import.Reading;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Reading;

public class PlanFileReaderTests
{
    static PlanFileReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Reads_a_corpus_file_line_for_line()
    {
        var path = Corpus.PathOf("003");
        var document = PlanFileReader.Read(path);

        Assert.Equal(File.ReadAllLines(path).Length, document.Lines.Count);
        Assert.Equal("第一篇  立足新时代，开创高质量发展新局面", document.Lines[8]);
        Assert.Null(document.ConvertedFrom);
    }

    [Fact]
    public void Converts_a_GBK_file_and_says_so()
    {
        var text = string.Join("\n", File.ReadAllLines(Corpus.PathOf("003")).Take(200));
        var gbk = Encoding.GetEncoding("GBK").GetBytes(text);

        var document = PlanFileReader.Read("gbk.txt", gbk);

        Assert.Equal("GB18030", document.ConvertedFrom);
        Assert.Equal(SourceDocument.SplitLines(text), document.Lines);
    }

    [Fact]
    public void Converts_a_whole_GB18030_file_without_loss()
    {
        var text = File.ReadAllText(Corpus.PathOf("003"));

        var document = PlanFileReader.Read("gb18030.txt", Encoding.GetEncoding("GB18030").GetBytes(text));

        Assert.Equal(SourceDocument.SplitLines(text), document.Lines);
    }

    [Theory]
    [InlineData("第一章 总则\r\n正文。\r\n\r\n第二章\r末行")]
    [InlineData("\n\n一行\n")]
    [InlineData("无换行")]
    [InlineData("结尾回车\r")]
    [InlineData("空行之后\r\n\n\r")]
    public void Splits_UTF8_bytes_as_it_splits_text(string text)
    {
        var document = PlanFileReader.Read("lines.txt", Encoding.UTF8.GetBytes(text));

        Assert.Equal(SourceDocument.SplitLines(text), document.Lines);
    }

    [Fact]
    public void Strips_a_byte_order_mark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("第一章 总则\n正文。")).ToArray();

        var document = PlanFileReader.Read("bom.txt", bytes);

        Assert.Equal("第一章 总则", document.Lines[0]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Converts_UTF16_saved_without_a_byte_order_mark(bool bigEndian)
    {
        // As some Windows tools save “Unicode” text. Before, its NUL bytes read as binary content.
        var path = Corpus.PathOf("000");
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(File.ReadAllText(path));

        var document = PlanFileReader.Read("utf16.txt", bytes);

        Assert.Equal(bigEndian ? "UTF-16BE" : "UTF-16LE", document.ConvertedFrom);
        Assert.Equal(File.ReadAllLines(path), document.Lines);
    }

    [Fact]
    public void Rejects_an_empty_file()
    {
        var e = Assert.Throws<PlanInputException>(() => PlanFileReader.Read("empty.txt", []));
        Assert.Equal("empty.txt", e.File);
        Assert.Contains("empty", e.Message);
    }

    [Fact]
    public void Rejects_a_file_of_white_space()
    {
        var e = Assert.Throws<PlanInputException>(() => PlanFileReader.Read("blank.txt", Encoding.UTF8.GetBytes("\n  \n\t\n")));
        Assert.Contains("white space", e.Reason);
    }

    [Fact]
    public void Rejects_binary_content_naming_the_line()
    {
        var bytes = Encoding.UTF8.GetBytes("第一章\n第二行\n").Concat(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 }).ToArray();

        var e = Assert.Throws<PlanInputException>(() => PlanFileReader.Read("zip.txt", bytes));

        Assert.Equal(3, e.Line);
        Assert.Contains("binary", e.Reason);
    }

    [Fact]
    public void Rejects_text_in_an_encoding_it_cannot_read()
    {
        // Shift-JIS Japanese: neither valid UTF-8 nor plausible GB18030 Chinese.
        var bytes = new byte[] { 0x82, 0xB1, 0x82, 0xF1, 0x82, 0xC9, 0x82, 0xBF, 0x82, 0xCD, 0x81, 0x42, 0x83, 0x65, 0x83, 0x58, 0x83, 0x67 };

        var e = Assert.Throws<PlanInputException>(() => PlanFileReader.Read("sjis.txt", bytes));

        Assert.Contains("neither UTF-8 nor GB18030", e.Reason);
    }

    [Fact]
    public void Rejects_a_five_megabyte_line_naming_it()
    {
        var text = "第一章 总则\n" + new string('规', 5 * 1024 * 1024) + "\n";

        var e = Assert.Throws<PlanInputException>(() => PlanFileReader.Read("long.txt", Encoding.UTF8.GetBytes(text)));

        Assert.Equal(2, e.Line);
        Assert.Contains("5,242,880 characters", e.Reason);
    }

    [Fact]
    public void Refuses_a_plan_in_traditional_characters_saying_how_to_convert_it()
    {
        var text = "說明\n\n長春市九臺區國民經濟和社會發展第十四個五年規劃綱要\n\n第一章 發展基礎\n\n全區經濟平穩發展，綜合實力持續增強。\n到2025年，全區地區生產總值達到500億元。\n";

        // Before, “no plan title found: add an entry for the file to import/manifest.json”, and with one a graph of nothing.
        var e = Assert.Throws<PlanInputException>(() => PlanFileReader.Read("jiutai.txt", Encoding.UTF8.GetBytes(text)));

        Assert.Equal(("jiutai.txt", 3), (e.File, e.Line));
        Assert.Contains("traditional characters", e.Reason);
        Assert.Contains("opencc", e.Reason);
        // A simplified plan that prints a few traditional forms (a name, a quotation) is read.
        var quoting = "长春市国民经济和社会发展第十四个五年规划纲要\n\n第一章 发展基础\n\n全市经济平稳发展，综合实力持续增强，“長春國際汽車城”建设取得进展。\n";
        Assert.NotNull(PlanFileReader.Read("changchun.txt", Encoding.UTF8.GetBytes(quoting)));
    }
}
