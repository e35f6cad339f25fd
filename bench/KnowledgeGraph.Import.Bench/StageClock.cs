using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Import.Pipeline;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Import.Bench;

/// <summary>
/// When each stage of one import was first reported, with the process's CPU time, allocation and
/// collections then: the differences between stages show where a run's time went. Reports arrive on the
/// importer's threads, so they are taken under a lock and not through <see cref="Progress{T}"/>,
/// which would post them elsewhere and late.
/// </summary>
internal sealed class StageClock : IProgress<ImportProgress>, IProgress<StoreProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Process _process = Process.GetCurrentProcess();
    private readonly List<(string Stage, double Seconds, double Cpu, long Allocated, int Young, int Old, double Paused)> _marks = [];

    private readonly AllocationSampler? _sampler;

    public StageClock(AllocationSampler? sampler = null)
    {
        _sampler = sampler;
        Mark("start");
    }

    public void Report(ImportProgress value) => Mark(value.Stage == "link" && value.Done == value.Total ? "assemble" : value.Stage);

    public void Report(StoreProgress value) => Mark("write: " + value.Stage);

    public void Mark(string stage)
    {
        lock (_marks)
        {
            if (_marks.Exists(m => m.Stage == stage)) return;
            if (_sampler is not null) _sampler.Stage = stage;
            _process.Refresh();
            _marks.Add((stage, _clock.Elapsed.TotalSeconds, _process.TotalProcessorTime.TotalSeconds, GC.GetTotalAllocatedBytes(),
                GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalPauseDuration().TotalSeconds));
        }
    }

    /// <summary>Each stage's wall and CPU seconds, MB allocated, collections (all, of which full) and seconds of collection pauses, up to the next mark.</summary>
    public override string ToString()
    {
        lock (_marks)
        {
            var parts = new List<string>();
            for (var i = 0; i + 1 < _marks.Count; i++)
            {
                var (stage, seconds, cpu, allocated, young, old, paused) = _marks[i];
                var next = _marks[i + 1];
                parts.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{stage} {next.Seconds - seconds:0.00}/{next.Cpu - cpu:0.0}/{(next.Allocated - allocated) / 1e6:0}MB/{next.Young - young}+{next.Old - old}/{next.Paused - paused:0.00}"));
            }
            return string.Join(", ", parts);
        }
    }
}
