using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg stats</c>: counts per label, per relationship type and per plan.</summary>
public static class StatsCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static Command Create()
    {
        var db = StoreOptions.Database();
        var json = new Option<bool>("--json") { Description = "Print the counts as JSON." };
        var command = new Command("stats", "Count the graph's nodes and relationships, overall and per plan.") { db, json };
        command.SetAction(async (ParseResult parse, CancellationToken ct) =>
            await RunAsync(StoreOptions.Resolve(parse.GetValue(db)), parse.GetValue(json), Console.Out, Console.Error, ct));
        return command;
    }

    /// <summary>Counts for the SQLite file <paramref name="database"/>.</summary>
    public static Task<int> RunAsync(string database, bool json, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(StoreOptions.Resolve(database), json, output, error, cancellationToken);

    public static async Task<int> RunAsync(GraphStoreOptions target, bool json, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        await using var store = await StoreOptions.OpenExistingAsync(target, error, cancellationToken);
        if (store is null) return ExitCodes.BadInput;
        var database = StoreOptions.Describe(target);
        var stats = await store.GetStatisticsAsync(cancellationToken);
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(stats, Json));
            return ExitCodes.Ok;
        }
        await output.WriteLineAsync($"{stats.NodesByLabel.Values.Sum():N0} nodes, {stats.EdgesByType.Values.Sum():N0} relationships ({database})");
        await output.WriteLineAsync();
        await WriteCounts(output, "label", stats.NodesByLabel);
        await WriteCounts(output, "relationship", stats.EdgesByType);
        await output.WriteLineAsync("per plan:");
        foreach (var plan in stats.Plans)
        {
            var counts = string.Join("  ", plan.NodesByLabel.Where(kv => kv.Value > 0).Select(kv => $"{kv.Key} {kv.Value:N0}"));
            await output.WriteLineAsync($"  {plan.Title}");
            await output.WriteLineAsync($"    {counts}");
        }
        return ExitCodes.Ok;
    }

    private static async Task WriteCounts(TextWriter output, string heading, IReadOnlyDictionary<string, int> counts)
    {
        var width = Math.Max(heading.Length, counts.Keys.DefaultIfEmpty("").Max(k => k.Length));
        await output.WriteLineAsync($"{heading.PadRight(width)}  count");
        foreach (var (key, count) in counts) await output.WriteLineAsync($"{key.PadRight(width)}  {count,5:N0}");
        await output.WriteLineAsync();
    }
}
