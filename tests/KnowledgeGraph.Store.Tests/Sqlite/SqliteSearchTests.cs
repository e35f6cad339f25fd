using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Tests.Sqlite;

public sealed class SqliteSearchTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    private async Task<SearchPage> Search(string text, IReadOnlyCollection<string>? labels = null, int first = 50, int offset = 0) =>
        await fixture.Store.SearchAsync(new SearchQuery(text, labels, first, offset), CancellationToken.None);

    private static List<string> Captions(SearchPage page) =>
        page.Hits.Select(h => h.Node.Props.GetString(SearchFields.MainOf(h.Node.Label))!).ToList();

    [Fact]
    public async Task Two_character_chinese_terms_are_found()
    {
        var snow = await Search("冰雪");
        var cars = await Search("汽车");

        Assert.Equal(new[] { "冰雪旅游", "加快发展冰雪经济", "冰雪产业总规模突破1000亿元", "莲花山冰雪旅游度假区", "吉林省冰雪产业高质量发展规划" }.Order(),
            Captions(snow).Order());
        Assert.Equal(snow.Hits.Count, snow.TotalCount);
        Assert.Contains("长春国际汽车城", Captions(cars));
        Assert.Contains("打造世界级汽车产业集群", Captions(cars));
        // The description is searched too: 国际汽车城 names 汽车 in both fields.
        Assert.Contains("国际汽车城", Captions(cars));
    }

    [Fact]
    public async Task One_character_terms_are_found()
    {
        var page = await Search("雪", [Labels.Section]);

        // bm25 favours the shorter title when both hold the character once.
        Assert.Equal(["冰雪旅游", "加快发展冰雪经济"], Captions(page));
    }

    [Fact]
    public async Task Longer_terms_match_as_a_phrase_not_as_scattered_characters()
    {
        var page = await Search("汽车产业集群");
        // 产业 and 集群 occur elsewhere, but not the whole phrase.
        var scattered = await Search("冰雪汽车");

        Assert.Equal(["打造世界级汽车产业集群", "长春国际汽车城"], Captions(page));
        Assert.Equal("description", page.Hits[1].Field);
        Assert.Empty(scattered.Hits);
    }

    [Fact]
    public async Task Every_term_must_match()
    {
        var page = await Search("冰雪 旅游");

        Assert.Equal(new[] { "冰雪旅游", "莲花山冰雪旅游度假区" }.Order(), Captions(page).Order());
    }

    [Fact]
    public async Task An_exact_name_ranks_first_and_scores_decrease()
    {
        var page = await Search("一主六双");

        Assert.Equal("一主六双", Captions(page)[0]);
        Assert.Contains("一主六双高质量发展战略", Captions(page));
        Assert.Contains("吉林省“一主六双”高质量发展战略专项规划", Captions(page));
        Assert.True(page.Hits.Zip(page.Hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public async Task Hits_name_the_field_and_carry_a_highlighted_snippet()
    {
        var goal = (await Search("1000亿元")).Hits.Single();
        var plan = (await Search("冰雪产业", [Labels.Plan])).Hits.Single();
        var project = (await Search("零部件 新能源", [Labels.Project])).Hits.Single();

        Assert.Equal("text", goal.Field);
        Assert.Equal("冰雪产业总规模突破<em>1000亿元</em>", goal.Snippet);
        Assert.Equal("title", plan.Field);
        Assert.Equal("吉林省<em>冰雪产业</em>高质量发展规划", plan.Snippet);
        Assert.Equal("description", project.Field);
        Assert.Equal("建设<em>新能源</em>汽车整车及<em>零部件</em>产业基地，打造世界级汽车产业集群", project.Snippet);
    }

    [Fact]
    public async Task Latin_terms_ignore_case_and_width_and_match_as_prefixes()
    {
        var upper = await Search("GDP");
        var fullWidth = await Search("ＧＤＰ");
        var prefix = await Search("gd");

        Assert.Equal(["地区生产总值（GDP）年均增长6%左右"], Captions(upper));
        Assert.Equal(Captions(upper), Captions(fullWidth));
        Assert.Equal(Captions(upper), Captions(prefix));
        Assert.Equal("地区生产总值（<em>GDP</em>）年均增长6%左右", upper.Hits[0].Snippet);
    }

    [Fact]
    public async Task Labels_filter_and_paging_keep_the_total()
    {
        var all = await Search("规划", [Labels.Plan]);
        var second = await Search("规划", [Labels.Plan], first: 2, offset: 2);

        Assert.Equal(5, all.TotalCount);
        Assert.All(all.Hits, h => Assert.Equal(Labels.Plan, h.Node.Label));
        Assert.Equal(5, second.TotalCount);
        Assert.Equal(all.Hits.Skip(2).Take(2).Select(h => h.Node.Id), second.Hits.Select(h => h.Node.Id));
    }

    [Fact]
    public async Task Punctuation_and_empty_queries_find_nothing_without_error()
    {
        Assert.Empty((await Search("")).Hits);
        Assert.Empty((await Search("  “”，。 ")).Hits);
        Assert.Empty((await Search("\" OR * NEAR(")).Hits);
        Assert.Equal(0, (await Search("火星")).TotalCount);
    }

    [Fact]
    public async Task Snippets_of_long_texts_are_cut_around_the_first_match()
    {
        var page = await Search("整车", [Labels.Project]);

        var snippet = page.Hits.Single().Snippet;
        Assert.Contains("<em>整车</em>", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Replace("<em>", "").Replace("</em>", "").Length <= 82);
    }
}
