using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Reading;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Normalising;

/// <summary>The table of contents found and left out of the text, in the ways plans print it.</summary>
public class TableOfContentsTests
{
    [Fact]
    public void Marks_the_table_of_contents_and_keeps_it_out_of_the_text()
    {
        var document = Corpus.Normalise("000");

        Assert.Equal(LineRole.Contents, document.Line(12).Role); // 第一章 …⇥3
        Assert.DoesNotContain(document.Paragraphs, p => p.LineStart is >= 9 and <= 63);
        Assert.Contains(document.Paragraphs, p => p.Kind == ParagraphKind.Heading && p.LineStart == 78 && p.Text.StartsWith("第一章", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("000", false)]
    [InlineData("004", false)]
    [InlineData("000", true)]
    [InlineData("004", true)]
    public void Contents_printing_each_page_number_under_its_entry_are_left_out_of_the_text(string prefix, bool headingsApart)
    {
        // As a PDF extraction may print contents: 第一章 规划背景 / (4). Before, 004's were read as text, the
        // strategies its entries name (“六双”, 乡村振兴战略) then every plan's of the compilation. The body may print
        // its headings' numbers apart from their titles (第一章 / 规划背景): each entry is found printed again all the same.
        var path = Corpus.PathOf(prefix);
        var lines = File.ReadAllText(path).Split('\n');
        var printed = Printings.PageNumbersBelow(string.Join('\n', lines.Select((l, i) => headingsApart && i >= 200 && !l.Contains('\t')
            ? System.Text.RegularExpressions.Regex.Replace(l, @"^(第[一二三四五六七八九十]{1,3}[章节篇]) (?=\S)", "$1\n") : l)));
        var document = Normaliser.Normalise(SourceDocument.FromText(Path.GetFileName(path), printed));

        // A heading joined from its two lines reads 第二章总体要求: the same paragraphs, spaces aside.
        static string Spaceless(Paragraph p) => p.Text.Replace(" ", "", StringComparison.Ordinal);
        Assert.Equal(Corpus.Normalise(prefix).Paragraphs.Select(Spaceless), document.Paragraphs.Select(Spaceless));
    }

    [Fact]
    public void A_heading_over_a_page_number_after_the_contents_is_the_bodys_when_it_is_not_printed_again()
    {
        // The body's first heading at the foot of its page: its page number under it, as under an entry.
        var document = Normaliser.Normalise(SourceDocument.FromText("plan.txt", string.Join('\n',
            "长春市南关区国民经济和社会发展第十四个五年规划纲要", "", "目  录", "",
            "第一章 发展基础", "1", "第二章 发展目标", "3", "",
            "第一章 发展基础", "1", "全区经济平稳发展。", "", "第二章 发展目标", "", "到2025年，全区地区生产总值达到300亿元。", "")));

        Assert.All(new[] { 5, 7 }, n => Assert.Equal(LineRole.Contents, document.Line(n).Role));
        Assert.Equal(LineRole.Content, document.Line(10).Role);
        Assert.Equal([10, 14], document.Paragraphs.Where(p => p.Kind == ParagraphKind.Heading).Select(p => p.LineStart));
    }

    [Fact]
    public void Contents_that_lost_their_page_numbers_end_where_their_first_heading_comes_again()
    {
        // Other plans' extractions print their contents without page numbers.
        var document = Normaliser.Normalise(SourceDocument.FromText("plan.txt", string.Join('\n',
            "长春市南关区国民经济和社会发展第十四个五年规划纲要", "", "目  录", "",
            "第一章 发展基础", "第一节 发展成就", "第二章 发展目标", "",
            "第一章 发展基础", "", "全区经济平稳发展。", "", "第二章 发展目标", "")));

        Assert.All(new[] { 3, 5, 6, 7 }, n => Assert.Equal(LineRole.Contents, document.Line(n).Role));
        Assert.Equal([9, 11, 13], document.Paragraphs.Skip(1).Select(p => p.LineStart));

        // A sentence before the first heading comes again: no contents to leave out.
        var prose = Normaliser.Normalise(SourceDocument.FromText("plan.txt", string.Join('\n',
            "目录", "第一章 发展基础", "本规划依据国家有关规定编制。", "第一章 发展基础", "")));
        Assert.Equal(LineRole.Content, prose.Line(2).Role);
    }
}
