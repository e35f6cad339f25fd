using System.Diagnostics.Tracing;
using System.Globalization;

namespace KnowledgeGraph.Import.Bench;

/// <summary>
/// The runtime's allocation samples (one about every 100 KB allocated), summed by type and by the
/// stage that was running, so that a run shows what its gigabytes are made of without an outside profiler.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<(string Stage, string Type), long> _sampled = [];
    private volatile bool _on;

    /// <summary>The stage allocations are counted against; <see cref="StageClock"/> moves it on.</summary>
    public string Stage { get; set; } = "start";

    public void Start() => _on = true;

    public void Stop() => _on = false;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_on || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null) return;
        var type = e.Payload![e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var amountAt = e.PayloadNames.IndexOf("AllocationAmount64");
        var amount = amountAt >= 0 ? Convert.ToInt64(e.Payload[amountAt], CultureInfo.InvariantCulture) : 100_000;
        var key = (Stage, type);
        lock (_sampled) _sampled[key] = _sampled.GetValueOrDefault(key) + amount;
    }

    /// <summary>The <paramref name="count"/> largest types overall, then each stage's own largest.</summary>
    public string Top(int count)
    {
        lock (_sampled)
        {
            var total = _sampled.Values.Sum();
            string Line(long bytes, string what) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6,9:0.0} MB {100.0 * bytes / total,5:0.0} %  {what}");
            var lines = new List<string> { "all stages:" };
            lines.AddRange(_sampled.GroupBy(p => p.Key.Type).Select(g => (Bytes: g.Sum(p => p.Value), Type: g.Key))
                .OrderByDescending(t => t.Bytes).Take(count).Select(t => Line(t.Bytes, t.Type)));
            foreach (var stage in _sampled.GroupBy(p => p.Key.Stage).OrderByDescending(g => g.Sum(p => p.Value)))
            {
                lines.Add(Line(stage.Sum(p => p.Value), $"stage {stage.Key}:"));
                lines.AddRange(stage.OrderByDescending(p => p.Value).Take(count / 2).Select(p => Line(p.Value, "  " + p.Key.Type)));
            }
            return string.Join(Environment.NewLine, lines);
        }
    }
}
