using System.Diagnostics;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Bench;
using KnowledgeGraph.Store.Sqlite;

// Measures how fast the SQLite store writes (and then reads) a synthetic plan graph.
// usage: dotnet run -c Release --project bench/KnowledgeGraph.Store.Bench -- <nodes> <edges> [db path] [corpus dir] [--warm]
var flags = args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToHashSet();
args = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var nodeCount = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 30_000;
var edgeCount = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 80_000;
var path = args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), "kg-bench", "graph.db");
var corpus = args.Length > 3 ? args[3] : Path.Combine(FindRoot(), "import", "plans");

var clock = Stopwatch.StartNew();
var graph = SyntheticGraph.Create(nodeCount, edgeCount, corpus);
Console.WriteLine($"generated {graph.Nodes.Count:N0} nodes, {graph.Edges.Count:N0} relationships in {clock.Elapsed.TotalSeconds:F1} s");
var exportBytes = ExportSize(graph);
Console.WriteLine($"JSONL export of this graph: {exportBytes / 1e6:F0} MB");

if (flags.Contains("--read-only"))
{
    // Reads an existing file (written by an earlier run with the same path).
    await using var existing = new SqliteGraphStore(new SqliteStoreOptions { Path = path });
    await Time("read all", () => existing.ReadAllAsync(CancellationToken.None));
    return;
}
if (flags.Contains("--components"))
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
    Components.Run(graph, Path.GetDirectoryName(Path.GetFullPath(path))!);
    return;
}
if (File.Exists(path)) File.Delete(path);
if (flags.Contains("--warm"))
{
    // JIT and first-use costs out of the way, to see the steady-state rate.
    await using var warm = new SqliteGraphStore(new SqliteStoreOptions { Path = path + ".warm" });
    await warm.ReplaceAsync(SyntheticGraph.Create(20_000, 50_000, corpus, seed: 1), null, CancellationToken.None);
    File.Delete(path + ".warm");
}
await using var store = new SqliteGraphStore(new SqliteStoreOptions { Path = path });
var stages = new Dictionary<string, (TimeSpan Wall, TimeSpan Cpu)>();
var stageClock = Stopwatch.StartNew();
var stageCpu = Process.GetCurrentProcess().TotalProcessorTime;
string? stage = null;
void EndStage()
{
    var cpuNow = Process.GetCurrentProcess().TotalProcessorTime;
    stages[stage!] = (stageClock.Elapsed, cpuNow - stageCpu);
    stageCpu = cpuNow;
    stageClock.Restart();
}
var progress = new Reporter(p =>
{
    // Each index is a step of its own: time them apart.
    var name = p.Stage == "indexes" && p.Done < p.Total ? $"index {p.Done + 1}/{p.Total}" : p.Stage;
    if (name == stage) return;
    if (stage is not null) EndStage();
    stage = name;
});
GC.Collect();
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
stageCpu = cpuBefore;
stageClock.Restart();
clock.Restart();
await store.ReplaceAsync(graph, progress, CancellationToken.None);
var total = clock.Elapsed;
// CPU time too: the machine may be shared, and wall time then says more about the neighbours.
var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
if (stage is not null) EndStage();
foreach (var (name, (wall, cpuTime)) in stages) Console.WriteLine($"  {name,-11} {wall.TotalSeconds,7:F2} s wall {cpuTime.TotalSeconds,7:F2} s cpu");
Console.WriteLine($"write: {total.TotalSeconds:F2} s = {graph.Nodes.Count / total.TotalSeconds:N0} nodes/s, "
    + $"{(graph.Nodes.Count + graph.Edges.Count) / total.TotalSeconds:N0} rows/s, "
    + $"{exportBytes / 1e6 / total.TotalSeconds:F0} MB/s of JSONL; cpu {cpu.TotalSeconds:F2} s; file {new FileInfo(path).Length / 1e6:F0} MB; "
    + $"load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}; "
    + $"GCs gen0/1/2 {GC.CollectionCount(0) - gcBefore.Item1}/{GC.CollectionCount(1) - gcBefore.Item2}/{GC.CollectionCount(2) - gcBefore.Item3}");

if (flags.Contains("--write-only")) return;
await Time("read all", () => store.ReadAllAsync(CancellationToken.None));
await Time("search 冰雪 (first 20)", () => store.SearchAsync(new SearchQuery("冰雪"), CancellationToken.None));
await Time("search 发 (first 20)", () => store.SearchAsync(new SearchQuery("发"), CancellationToken.None));
await Time("search 产业 发展 (2 terms)", () => store.SearchAsync(new SearchQuery("产业 发展"), CancellationToken.None));
var ids = graph.Nodes.Where(n => n.Label == Labels.Section).Take(500).Select(n => n.Id).ToList();
await Time("edges of 500 sections", () => store.GetEdgesAsync(new EdgeQuery(ids, EdgeDirection.Both), CancellationToken.None));
await Time("goals on CITY plans, by targetValue", () => store.FindNodesAsync(new NodeQuery(Labels.Goal,
    new NodeFilter.OnPlan(new NodeFilter.PropertyEquals("level", "CITY")), [new NodeOrder("targetValue", true)]), CancellationToken.None));
await Time("projects by located-in place", () => store.AggregateAsync(new AggregateQuery(Labels.Project,
    new GroupKey.Neighbour(RelationshipTypes.LocatedIn, EdgeDirection.Outgoing, "kind")), CancellationToken.None));
await Time("statistics", () => store.GetStatisticsAsync(CancellationToken.None));

static async Task Time<T>(string what, Func<Task<T>> action)
{
    await action();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var result = await action();
    var cpuTime = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    var count = result switch
    {
        GraphSnapshot g => g.Nodes.Count + g.Edges.Count,
        SearchPage s => s.TotalCount,
        NodePage n => n.TotalCount,
        IReadOnlyCollection<GraphEdge> e => e.Count,
        IReadOnlyCollection<AggregateBucket> b => b.Count,
        _ => 1,
    };
    Console.WriteLine($"  {what,-40} {clock.Elapsed.TotalMilliseconds,9:F1} ms wall {cpuTime.TotalMilliseconds,9:F1} ms cpu ({count:N0})");
}

static long ExportSize(GraphSnapshot graph)
{
    using var counter = new CountingStream();
    JsonlExport.Write(graph.Nodes, graph.Edges, counter);
    return counter.Length;
}

static string FindRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KnowledgeGraph.sln"))) directory = directory.Parent;
    return directory?.FullName ?? throw new DirectoryNotFoundException("run inside the repository or pass the corpus directory");
}

internal sealed class Reporter(Action<StoreProgress> report) : IProgress<StoreProgress>
{
    public void Report(StoreProgress value) => report(value);
}

internal sealed class CountingStream : Stream
{
    private long _length;
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _length;
    public override long Position { get => _length; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => _length += count;
    public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    public override void WriteByte(byte value) => _length++;
}
