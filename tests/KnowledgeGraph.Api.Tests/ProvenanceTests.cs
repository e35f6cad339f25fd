using KnowledgeGraph.Graph;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Sqlite;

namespace KnowledgeGraph.Api.Tests;

/// <summary>A fact's provenance says what its line numbers count: a PDF's pages, a Word document's paragraphs, a text's lines.</summary>
public sealed class ProvenanceTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("kg-provenance-tests-").FullName;
    private SqliteGraphStore _store = null!;

    public async Task InitializeAsync()
    {
        GraphNode Plan(string id, string title, string file, int line) =>
            new(id, Labels.Plan, Props.Of(("title", title), ("level", "DISTRICT")), Provenance.Create(file, line, line, title));
        _store = new SqliteGraphStore(new SqliteStoreOptions { Path = Path.Combine(_directory, "graph.db") });
        await _store.ReplaceAsync(new GraphSnapshot(
        [
            Plan("plan_1", "二道区国民经济和社会发展第十四个五年规划", "二道区.txt", 3),
            Plan("plan_2", "绿园区国民经济和社会发展第十五个五年规划纲要", "绿园区.PDF", 5),
            Plan("plan_3", "宽城区国民经济和社会发展第十四个五年规划纲要", "长春/宽城区.docx", 12),
            Plan("plan_4", "南关区国民经济和社会发展第十四个五年规划纲要", "南关区.DOC", 7),
            Plan("plan_5", "朝阳区国民经济和社会发展第十四个五年规划纲要", "朝阳区.wps", 9),
            Plan("plan_6", "双阳区国民经济和社会发展第十四个五年规划纲要", "双阳区.ofd", 4),
            Plan("plan_7", "九台区国民经济和社会发展第十四个五年规划纲要", "九台区.rtf", 2),
            Plan("plan_8", "榆树市国民经济和社会发展第十四个五年规划纲要", "榆树市.mht", 6),
        ], []), null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Lines_are_told_apart_from_pages_and_paragraphs()
    {
        await using var api = new TestApi(_store);
        var data = await api.DataAsync("{ plans { nodes { provenance { file lineStart lineUnit } } } }");

        Assert.Equal(["二道区.txt", "绿园区.PDF", "长春/宽城区.docx", "南关区.DOC", "朝阳区.wps", "双阳区.ofd", "九台区.rtf", "榆树市.mht"], data.Strings("$.plans.nodes[*].provenance.file"));
        Assert.Equal(["LINE", "PAGE", "PARAGRAPH", "PARAGRAPH", "PARAGRAPH", "PAGE", "PARAGRAPH", "PARAGRAPH"], data.Strings("$.plans.nodes[*].provenance.lineUnit"));
        Assert.Equal(["3", "5", "12", "7", "9", "4", "2", "6"], data.Strings("$.plans.nodes[*].provenance.lineStart"));
    }
}
