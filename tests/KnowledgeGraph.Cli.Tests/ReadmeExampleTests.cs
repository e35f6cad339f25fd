using System.Text.RegularExpressions;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Import.Pipeline;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// The README's examples of the bundled plans' graph are real: the <c>kg stats</c> counts, the export
/// lines and the CSV rows it prints are what importing the bundled plans gives.
/// </summary>
public sealed partial class ReadmeExampleTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [GeneratedRegex(@"(?<name>[A-Za-z_]+) (?<count>\d[\d,]*)")]
    private static partial Regex Count();

    /// <summary>The lines of the first fenced block after <paramref name="heading"/>.</summary>
    private static List<string> BlockAfter(string heading) => [.. ReadmeBlocks.After(heading, 1)[0].Split('\n').Where(l => l.Length > 0)];

    [Fact]
    public async Task The_stats_the_readme_prints_are_the_bundled_plans()
    {
        var jsonl = await ExportCommandTests.ImportAndExport(_workspace, _workspace.Database, "graph.jsonl");
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Ok, await StatsCommand.RunAsync(_workspace.Database, json: false, output, new StringWriter(), CancellationToken.None));
        var actual = output.ToString().Split('\n').Select(l => l.Trim()).Select(l => Regex.Match(l, @"^([A-Za-z_]+)\s+([\d,]+)$"))
            .Where(m => m.Success).GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => g.First().Groups[2].Value);

        var block = BlockAfter("`kg stats` on the bundled plans:");
        Assert.Equal(output.ToString().Split('\n')[0].Split(" (")[0], block[0]);
        var printed = block.Skip(1).SelectMany(l => Count().Matches(l)).ToList();
        Assert.Equal(actual.Count, printed.Count);
        Assert.All(printed, m => Assert.Equal(actual[m.Groups["name"].Value], m.Groups["count"].Value));

        // The export lines it shows are lines of the export.
        var lines = (await File.ReadAllLinesAsync(jsonl)).ToHashSet(StringComparer.Ordinal);
        Assert.All(BlockAfter("The export (one JSON object per line"), l => Assert.Contains(l, lines));
    }

    [Fact]
    public async Task The_readmes_own_plan_example_gives_the_answer_it_prints()
    {
        var blocks = ReadmeBlocks.After("Your own plans need no set-up", 2);
        var script = blocks[0];
        var planStart = script.IndexOf("<<'PLAN'\n", StringComparison.Ordinal) + "<<'PLAN'\n".Length;
        var plan = script[planStart..script.IndexOf("\nPLAN\n", planStart, StringComparison.Ordinal)] + "\n";
        var queryStart = script.IndexOf("kg query --db shuangyang.db '", StringComparison.Ordinal) + "kg query --db shuangyang.db '".Length;
        var query = script[queryStart..script.IndexOf('\'', queryStart)];

        var plans = Directory.CreateDirectory(Path.Combine(_workspace.Root, "mine")).FullName;
        File.Copy(_workspace.PlanPath("001"), Path.Combine(plans, Path.GetFileName(_workspace.PlanPath("001"))));
        await File.WriteAllTextAsync(Path.Combine(plans, "shuangyang.txt"), plan);
        var database = Path.Combine(_workspace.Root, "shuangyang.db");
        var error = new StringWriter();
        Assert.True(await ImportCommand.RunAsync(new ImportOptions(plans, Path.Combine(_workspace.Root, "import")), database, new StringWriter(), error, CancellationToken.None) == ExitCodes.Ok, error.ToString());
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Ok, await QueryCommand.RunAsync(query, null, null, new FileInfo(database), output, new StringWriter(), CancellationToken.None));

        using var answer = System.Text.Json.JsonDocument.Parse(output.ToString());
        var compact = System.Text.Json.JsonSerializer.Serialize(answer.RootElement.GetProperty("data"),
            new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Equal(blocks[1].Replace("\n", "", StringComparison.Ordinal), compact);
    }

    [Fact]
    public async Task The_pdf_lines_the_readme_prints_are_what_kg_text_reads()
    {
        var path = Path.Combine(TempWorkspace.RepositoryRoot, "tests", "KnowledgeGraph.Import.Tests", "Reading", "Fixtures", "lvyuan-table-ruled.pdf");
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Ok, await TextCommand.RunAsync(path, output, new StringWriter(), CancellationToken.None));
        var lines = output.ToString().ReplaceLineEndings("\n").Split('\n');

        var block = BlockAfter("A plan downloaded as a PDF");
        Assert.Equal(3, block.Count);
        Assert.All(block, l => Assert.Contains(l, lines));
    }

    [Fact]
    public async Task The_doc_lines_the_readme_prints_are_what_kg_text_reads()
    {
        var path = Path.Combine(TempWorkspace.RepositoryRoot, "tests", "KnowledgeGraph.Import.Tests", "Reading", "Fixtures", "numbered-lists.doc");
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Ok, await TextCommand.RunAsync(path, output, new StringWriter(), CancellationToken.None));
        var lines = output.ToString().ReplaceLineEndings("\n").Split('\n');

        var block = BlockAfter("A Word 97–2003 document (`.doc`) keeps the numbers");
        Assert.Equal(5, block.Count);
        Assert.All(block, l => Assert.Contains(l, lines));
    }

    [Fact]
    public async Task The_csv_rows_the_readme_prints_are_the_bundled_plans()
    {
        var directory = await ExportCommandTests.ImportAndExport(_workspace, _workspace.Database, "csv", "csv");
        var rows = Directory.GetFiles(directory).SelectMany(File.ReadAllLines).ToHashSet(StringComparer.Ordinal);
        var block = BlockAfter("The same facts as tables");
        Assert.NotEmpty(block);
        Assert.All(block, l => Assert.Contains(l, rows));
    }
}
