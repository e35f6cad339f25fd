using KnowledgeGraph.Store.Text;

namespace KnowledgeGraph.Store.Tests.Text;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("冰雪经济", "冰 雪 经 济")]
    [InlineData("地区生产总值（GDP）年均增长6.5%", "地 区 生 产 总 值 gdp 年 均 增 长 6 5")]
    [InlineData("ＰＭ２．５浓度", "pm2 5 浓 度")]
    [InlineData("“一主、六双”", "一 主 六 双")]
    [InlineData("到2025年，突破1000亿元", "到 2025 年 突 破 1000 亿 元")]
    [InlineData("  \t", "")]
    [InlineData("𠀋村", "𠀋 村")]
    public void Index_text_is_one_token_per_ideograph_and_folded_words(string text, string expected)
    {
        Assert.Equal(expected, SearchText.ToIndexText(text));
        Assert.Equal(expected, string.Join(' ', SearchText.Tokenize(text).Select(t => t.Text)));
    }

    [Fact]
    public void Tokens_keep_their_offsets_in_the_original_text()
    {
        var tokens = SearchText.Tokenize("（ＧＤＰ）增长");

        Assert.Equal([("gdp", 1, 4, true), ("增", 5, 6, false), ("长", 6, 7, false)],
            tokens.Select(t => (t.Text, t.Start, t.End, t.IsWord)));
    }

    [Fact]
    public void Terms_split_on_whitespace_drop_punctuation_and_duplicates()
    {
        var terms = SearchText.ParseTerms(" 冰雪　经济 冰雪 GD “”");

        Assert.Equal(["冰 雪", "经 济", "gd*"], terms.Select(t => t.Key));
    }

    [Fact]
    public void Too_many_terms_are_refused()
    {
        var text = string.Join(' ', Enumerable.Range(0, StoreLimits.MaxSearchTerms + 1).Select(i => $"w{i}"));

        Assert.Throws<StoreQueryException>(() => SearchText.ParseTerms(text));
    }

    [Fact]
    public void Snippets_wrap_every_match_escape_markup_and_mark_cuts()
    {
        var text = "第一部分" + new string('甲', 40) + "<冰雪>产业 & 冰雪旅游" + new string('乙', 60);
        var terms = SearchText.ParseTerms("冰雪");

        var (found, spans) = Snippets.Find(text, terms);
        var snippet = Snippets.Cut(text, spans);

        Assert.Equal(1, found);
        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;<em>冰雪</em>&gt;产业 &amp; <em>冰雪</em>旅游", snippet, StringComparison.Ordinal);
        Assert.Equal(Snippets.Length + 2, snippet.Replace("<em>", "").Replace("</em>", "").Replace("&lt;", "<")
            .Replace("&gt;", ">").Replace("&amp;", "&").Length);
    }

    [Fact]
    public void The_field_matching_most_terms_wins()
    {
        var terms = SearchText.ParseTerms("汽车 零部件");

        var (field, snippet) = Snippets.Best([("name", "国际汽车城"), ("description", "配套汽车零部件企业落户")], terms);

        Assert.Equal("description", field);
        Assert.Equal("配套<em>汽车零部件</em>企业落户", snippet);
    }
}
