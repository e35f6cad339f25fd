using System.Text;
using KnowledgeGraph.Import.Reading;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Reading;

public sealed class MhtTextTests
{
    static MhtTextTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>A single-file web page as Word saves one: MIME headers, the page as its first part, a picture after it.</summary>
    private static byte[] Mht(string encoding, byte[] page, string charset) =>
        Encoding.ASCII.GetBytes(string.Join("\r\n",
            "MIME-Version: 1.0",
            "Content-Type: multipart/related;",
            "\tboundary=\"----=_NextPart_01DA0000.12345678\"",
            "",
            "此文档为“单个文件网页”。",
            "",
            "------=_NextPart_01DA0000.12345678",
            "Content-Location: file:///C:/plan.htm",
            "Content-Transfer-Encoding: " + encoding,
            $"Content-Type: text/html; charset=\"{charset}\"",
            "",
            encoding == "base64" ? Convert.ToBase64String(page, Base64FormattingOptions.InsertLineBreaks) : QuotedPrintable(page),
            "",
            "------=_NextPart_01DA0000.12345678",
            "Content-Location: file:///C:/plan.files/image001.png",
            "Content-Transfer-Encoding: base64",
            "Content-Type: image/png",
            "",
            "iVBORw0KGgo=",
            "",
            "------=_NextPart_01DA0000.12345678--",
            ""));

    private static string QuotedPrintable(byte[] bytes)
    {
        var text = new StringBuilder();
        var column = 0;
        foreach (var b in bytes)
        {
            if (b == '\n')
            {
                text.Append("\r\n");
                column = 0;
                continue;
            }
            var piece = b is >= 33 and <= 126 and not (byte)'=' ? ((char)b).ToString() : $"={b:X2}";
            // Lines of at most 76 characters: a soft break (= at the line's end) where one would run longer.
            if (column + piece.Length > 75)
            {
                text.Append("=\r\n");
                column = 0;
            }
            text.Append(piece);
            column += piece.Length;
        }
        return text.ToString();
    }

    [Fact]
    public void A_single_file_web_page_reads_as_the_page_it_holds()
    {
        var html = File.ReadAllBytes(PdfDocuments.FixturePath("table-nested.html"));
        var page = PlanFileReader.Read("plan.html", html);

        var read = PlanFileReader.Read("plan.mht", Mht("quoted-printable", html, "utf-8"));

        Assert.Equal(page.Lines, read.Lines);
        // Numbered by paragraph: the MIME headers and encoding before and inside the page make its source lines no lines of the file.
        Assert.Equal(Enumerable.Range(1, page.Lines.Count).Select(n => Math.Max(1, page.Lines.Take(n).Count(l => l.Trim().Length > 0))), read.LineNumbers);
        Assert.Equal(read.Lines.Count(l => l.Trim().Length > 0), read.LineNumbers![^1]);
        Assert.Equal("测试区国民经济和社会发展第十四个五年规划纲要", read.StoredTitle);
    }

    [Fact]
    public void A_doc_that_word_saved_as_a_single_file_web_page_is_read_as_one_in_its_charset()
    {
        // GB2312 text, base64 in its part, the charset named only by the part's headers: as sites serve “.doc” files.
        var html = "<html><head><title>长春市绿园区国民经济和社会发展第十五个五年规划纲要</title></head><body><h1>发展基础与环境</h1><p>全区经济总量稳步提升。</p></body></html>";

        var read = PlanFileReader.Read("规划.doc", Mht("base64", Encoding.GetEncoding("GB2312").GetBytes(html), "gb2312"));

        Assert.Equal(["发展基础与环境", "全区经济总量稳步提升。"], read.Lines.Where(l => l.Length > 0).Select(l => l.Replace("[outline: 1]", "", StringComparison.Ordinal)));
        Assert.Equal("长春市绿园区国民经济和社会发展第十五个五年规划纲要", read.StoredTitle);
    }

    [Theory]
    [InlineData("MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\nbody", "without a boundary")]
    [InlineData("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nx\r\n--b--\r\n", "without an HTML part")]
    [InlineData("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n%%%\r\n--b--\r\n", "not valid base64")]
    public void A_single_file_web_page_that_cannot_be_read_is_rejected_with_what_is_wrong(string mht, string reason)
    {
        var error = Assert.Throws<PlanInputException>(() => PlanFileReader.Read("规划.mht", Encoding.ASCII.GetBytes(mht)));

        Assert.Equal("规划.mht", error.File);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }
}
