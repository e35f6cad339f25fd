using System.Text.RegularExpressions;
using KnowledgeGraph.Cli.Commands;
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
    public async Task The_csv_rows_the_readme_prints_are_the_bundled_plans()
    {
        var directory = await ExportCommandTests.ImportAndExport(_workspace, _workspace.Database, "csv", "csv");
        var rows = Directory.GetFiles(directory).SelectMany(File.ReadAllLines).ToHashSet(StringComparer.Ordinal);
        var block = BlockAfter("The same facts as tables");
        Assert.NotEmpty(block);
        Assert.All(block, l => Assert.Contains(l, rows));
    }
}
