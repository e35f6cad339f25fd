using KnowledgeGraph.Cli.Commands;

namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary><c>kg text</c> prints a plan file as the importer reads it, each line after the number its provenance gives.</summary>
public sealed class TextCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("kg-text-tests-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string path)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await TextCommand.RunAsync(path, output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task A_text_file_prints_its_lines_after_their_numbers()
    {
        var path = Path.Combine(_directory, "plan.txt");
        await File.WriteAllTextAsync(path, "宽城区国民经济和社会发展第十四个五年规划纲要\r\n\r\n第一章 发展基础\r\n");

        var (exit, output, _) = await RunAsync(path);

        Assert.Equal(0, exit);
        Assert.Equal(["1\t宽城区国民经济和社会发展第十四个五年规划纲要", "2\t", "3\t第一章 发展基础"], output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task A_pdf_prints_its_rebuilt_table_rows_after_their_pages()
    {
        // 绿园区's 表1 drawn with rules (the import tests' fixture): its rows on page 2, then page 3.
        var path = Path.Combine(TempWorkspace.RepositoryRoot, "tests", "KnowledgeGraph.Import.Tests", "Reading", "Fixtures", "lvyuan-table-ruled.pdf");

        var (exit, output, _) = await RunAsync(path);

        Assert.Equal(0, exit);
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("2\t经济发展\t1\t地区生产总值（GDP）增长（%）\t5.5\t—\t5以上\t预期性", lines);
        Assert.Contains("3\t安全保障\t18\t粮食综合生产能力（亿斤）\t1.2\t1.4\t—\t约束性", lines);
    }

    [Fact]
    public async Task A_doc_that_is_a_web_page_inside_says_what_it_was_read_as()
    {
        var path = Path.Combine(_directory, "规划.doc");
        await File.WriteAllTextAsync(path, "<html><body><h1>第一章 发展基础</h1><p>全区经济总量稳步提升。</p></body></html>");

        var (exit, output, error) = await RunAsync(path);

        Assert.Equal(0, exit);
        Assert.Equal(["1\t第一章 发展基础", "2\t全区经济总量稳步提升。"], output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Where(l => !l.EndsWith('\t')));
        Assert.Equal("note: read as a web page, which its bytes are, whatever its name says", error.Trim());
    }

    [Fact]
    public async Task A_file_that_is_missing_or_no_plan_exits_1_naming_it()
    {
        var (missing, _, missingError) = await RunAsync(Path.Combine(_directory, "none.txt"));
        Assert.Equal(1, missing);
        Assert.Contains("none.txt: no such file", missingError, StringComparison.Ordinal);

        var broken = Path.Combine(_directory, "broken.pdf");
        await File.WriteAllTextAsync(broken, "%PDF-1.7 cut short");
        var (exit, output, error) = await RunAsync(broken);
        Assert.Equal((1, ""), (exit, output));
        Assert.StartsWith("error: broken.pdf: not a readable PDF", error, StringComparison.Ordinal);
    }
}
