using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction.Mentions;

namespace KnowledgeGraph.Import.Tests.Extraction.Mentions;

public sealed class TextUnitTests
{
    private static readonly Provenance Record = new("绿园区.txt", 40, 41, "");

    private static TextUnit Unit(string text) => TextUnit.FromRecord("project:1", Labels.Project, TextUnitKind.ProjectDescription, text, Record);

    [Theory]
    [InlineData("规划目标。推进长春海吉星交易中心项目建设；加快发展", "长春", "推进长春海吉星交易中心项目建设；")]
    [InlineData("长春海吉星交易中心项目", "长春", "长春海吉星交易中心项目")]
    [InlineData("建成投用。项目位于绿园区", "绿园区", "项目位于绿园区")]
    [InlineData("一期完工！二期开工？三期规划", "二期", "二期开工？")]
    public void A_span_quotes_its_sentence(string text, string name, string quote)
    {
        var unit = Unit(text);

        var provenance = unit.ProvenanceOf(text.IndexOf(name, StringComparison.Ordinal), name.Length);

        Assert.Equal(quote, provenance.Quote);
        Assert.Equal((Record.File, Record.LineStart, Record.LineEnd), (provenance.File, provenance.LineStart, provenance.LineEnd));
    }

    [Fact]
    public void A_long_sentence_is_quoted_from_its_start_when_the_span_fits_else_up_to_the_span()
    {
        var early = "引言" + new string('甲', 100) + "长春海吉星交易中心项目" + new string('乙', 300) + "。";
        var late = new string('甲', 300) + "长春海吉星交易中心项目" + new string('乙', 300) + "。";

        var fromStart = Unit(early).ProvenanceOf(early.IndexOf("长春", StringComparison.Ordinal), 2).Quote;
        var upToSpan = Unit(late).ProvenanceOf(late.IndexOf("长春", StringComparison.Ordinal), 2).Quote;

        Assert.Equal(early[..Provenance.MaxQuoteLength], fromStart);
        Assert.Equal(new string('甲', Provenance.MaxQuoteLength - 2) + "长春", upToSpan);
    }

    [Fact]
    public void Names_in_one_sentence_share_one_provenance_and_the_next_sentence_gets_its_own()
    {
        const string text = "推进长春、吉林两市协同发展。支持白城建设";
        var unit = Unit(text);

        var changchun = unit.ProvenanceOf(text.IndexOf("长春", StringComparison.Ordinal), 2);
        var jilin = unit.ProvenanceOf(text.IndexOf("吉林", StringComparison.Ordinal), 2);
        var baicheng = unit.ProvenanceOf(text.IndexOf("白城", StringComparison.Ordinal), 2);

        Assert.Same(changchun, jilin);
        Assert.Equal("推进长春、吉林两市协同发展。", changchun.Quote);
        Assert.Equal("支持白城建设", baicheng.Quote);
    }
}
