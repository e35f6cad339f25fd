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
    private readonly Dictionary<string, long> _byType = [];
    private volatile bool _on;

    public void Start() => _on = true;

    public void Stop() => _on = false;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    public readonly List<string> Gcs = [];
    private DateTime _suspend;

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (_on && e.EventName is { } name)
        {
            string P(string n) => e.PayloadNames!.IndexOf(n) is var i and >= 0 ? Convert.ToString(e.Payload![i], CultureInfo.InvariantCulture)! : "?";
            if (name.StartsWith("GCStart")) lock (Gcs) Gcs.Add($"start depth={P("Depth")} reason={P("Reason")} type={P("Type")}");
            else if (name.StartsWith("GCSuspendEEBegin")) _suspend = e.TimeStamp;
            else if (name.StartsWith("GCRestartEEEnd")) lock (Gcs) Gcs.Add($"  pause {(e.TimeStamp - _suspend).TotalMilliseconds:0} ms");
            else if (name.StartsWith("GCHeapStats")) lock (Gcs) Gcs.Add($"  promoted g0={long.Parse(P("TotalPromotedSize0"))/1000000}MB g1={long.Parse(P("TotalPromotedSize1"))/1000000}MB g2={long.Parse(P("TotalPromotedSize2"))/1000000}MB size g0={long.Parse(P("GenerationSize0"))/1000000} g1={long.Parse(P("GenerationSize1"))/1000000} g2={long.Parse(P("GenerationSize2"))/1000000} loh={long.Parse(P("GenerationSize3"))/1000000}");
            else if (name.StartsWith("GCGlobalHeapHistory")) lock (Gcs) Gcs.Add($"  condemned={P("CondemnedGeneration")} mechanisms={P("GlobalMechanisms")} gen0reduction={P("Gen0ReductionCount")}");
        }
        if (!_on || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null) return;
        var type = e.Payload![e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var amountAt = e.PayloadNames.IndexOf("AllocationAmount64");
        var amount = amountAt >= 0 ? Convert.ToInt64(e.Payload[amountAt], CultureInfo.InvariantCulture) : 100_000;
        lock (_byType) _byType[type] = _byType.GetValueOrDefault(type) + amount;
    }

    public string Top(int count)
    {
        lock (Gcs) Console.Error.WriteLine(string.Join(Environment.NewLine, Gcs));
        lock (_byType)
        {
            var total = _byType.Values.Sum();
            return string.Join(Environment.NewLine, _byType.OrderByDescending(p => p.Value).Take(count)
                .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Value / 1e6,9:0.0} MB {100.0 * p.Value / total,5:0.0} %  {p.Key}")));
        }
    }
}
