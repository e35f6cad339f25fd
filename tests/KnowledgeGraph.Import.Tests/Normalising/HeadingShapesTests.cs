using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Tests.Normalising;

public class HeadingShapesTests
{
    [Theory]
    // Lines as the plans print them.
    [InlineData("第一章 全面建成小康社会，开启全面建设社会主义现代化新征程", HeadingMarker.Chapter, "第一章", "全面建成小康社会，开启全面建设社会主义现代化新征程")]
    [InlineData("第三篇：创新驱动", HeadingMarker.Part, "第三篇", "创新驱动")]
    [InlineData("第二十节", HeadingMarker.Section, "第二十节", "")]
    [InlineData("（一）国家级技术创新中心", HeadingMarker.ParenNumeral, "（一）", "国家级技术创新中心")]
    [InlineData("(十二)开放通道", HeadingMarker.ParenNumeral, "(十二)", "开放通道")]
    [InlineData("三、 主要 目标", HeadingMarker.ChineseNumeral, "三、", "主要目标")]
    [InlineData("12．智慧城市\u3000", HeadingMarker.Arabic, "12．", "智慧城市")]
    // A number after the marker's space is the title's, not a second marker.
    [InlineData("1. 2025年目标", HeadingMarker.Arabic, "1.", "2025年目标")]
    [InlineData("结 束 语", HeadingMarker.Named, "", "结束语")]
    // Other plans' PDF extractions: the number spaced out, or a 、 after the division.
    [InlineData("第 1 章 发展基础", HeadingMarker.Chapter, "第1章", "发展基础")]
    [InlineData("第 三 章\u3000重点任务", HeadingMarker.Chapter, "第三章", "重点任务")]
    [InlineData("第 二 部分 发展目标", HeadingMarker.Part, "第二部分", "发展目标")]
    [InlineData("第三章、重点任务", HeadingMarker.Chapter, "第三章", "重点任务")]
    [InlineData("一.发展基础", HeadingMarker.ChineseNumeral, "一.", "发展基础")]
    [InlineData("二． 发展目标", HeadingMarker.ChineseNumeral, "二．", "发展目标")]
    [InlineData("三 、重点任务", HeadingMarker.ChineseNumeral, "三、", "重点任务")]
    [InlineData("（二）、社会目标", HeadingMarker.ParenNumeral, "（二）", "社会目标")]
    public void Numbered_and_named_lines_are_headings(string text, HeadingMarker marker, string number, string title)
    {
        Assert.Equal(new HeadingShape(marker, number, title), HeadingShapes.Match(text));
    }

    [Theory]
    [InlineData("一、")] // no title
    [InlineData("（一）")]
    [InlineData("1.2025年")] // a title never opens with a digit
    [InlineData("123. 三位数")] // at most two digits
    [InlineData("第一章 加快发展。建设新城")] // a sentence
    [InlineData("一、推进产业升级，")] // a clause of running text
    [InlineData("一是推进产业升级")]
    [InlineData("一 是推进产业升级")]
    [InlineData("三 .重点任务")] // a space before 、 only
    [InlineData("1. 这一行的标题超过了三十个字符所以它不是一个标题而是一个列表项目的开头")]
    [InlineData("第一章 标题\n下一行")]
    [InlineData("")]
    [InlineData("第")] // a line cut short (a file damaged or cut by hand)
    [InlineData("第1")]
    [InlineData("第 3 页")] // a page number
    [InlineData("第 ")]
    public void Other_lines_are_not(string text)
    {
        Assert.Null(HeadingShapes.Match(text));
    }
}
