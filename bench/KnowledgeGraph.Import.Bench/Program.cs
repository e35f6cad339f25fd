using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Import.Bench;
using KnowledgeGraph.Import.Pipeline;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Sqlite;

// Import benchmark: time, MB/s and peak memory for the bundled corpus and synthetic corpora of
// 10× and 100×. Each size runs in a child process so that its peak memory is its own.
//   dotnet run -c Release --project bench/KnowledgeGraph.Import.Bench [-- --sizes 1,10,100 --out bench/results/import.md]
// To profile one size, write its corpus once and time imports of it in one process:
//   … -- corpus 100 /tmp/x100        … -- run-one /tmp/x100 /tmp/x100.db 3
// and what a warm import allocates, by type (two runs, the second sampled):
//   … -- allocations /tmp/x100 /tmp/x100.db
if (args.Length > 0 && args[0] == "run-one") return RunOne(args[1], args[2], int.Parse(args[3], CultureInfo.InvariantCulture), sampler: null);
if (args.Length > 0 && args[0] == "allocations")
{
    using var sampler = new AllocationSampler();
    return RunOne(args[1], args[2], 2, sampler);
}
if (args.Length > 0 && args[0] == "corpus")
{
    var written = SyntheticCorpus.Create(Path.Combine(FindRoot(), "import", "plans"), args[2], int.Parse(args[1], CultureInfo.InvariantCulture));
    Console.WriteLine($"{written / 1e6:0.0} MB written to {args[2]}");
    return 0;
}

var sizes = Option("--sizes", "1,10,100").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
var output = Option("--out", Path.Combine(FindRoot(), "bench", "results", "import.md"));
var plans = Path.Combine(FindRoot(), "import", "plans");
var scratch = Path.Combine(Path.GetTempPath(), "kg-import-bench-" + Environment.ProcessId);
var rows = new List<Measurement>();
// Times mean little on a busy machine: the report says how busy it was when the run started.
var loadAtStart = LoadAverage();
try
{
    foreach (var size in sizes)
    {
        var corpus = Path.Combine(scratch, $"x{size}");
        var bytes = size == 1 ? Directory.GetFiles(plans, "*.txt").Sum(f => new FileInfo(f).Length) : SyntheticCorpus.Create(plans, corpus, size);
        if (size == 1) corpus = plans;
        // The first run compiles the code; three warm runs at least after it, as one run of a large
        // corpus on a shared machine says little.
        var repetitions = size == 1 ? 8 : 4;
        Console.Error.WriteLine($"{size}×: {bytes / 1e6:0.0} MB, {repetitions} run(s)…");
        var measurement = await Child(corpus, Path.Combine(scratch, $"x{size}.db"), repetitions);
        rows.Add(measurement with { Size = size, Bytes = bytes });
    }
}
finally
{
    if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
}
var pdfs = PdfReading(Path.Combine(FindRoot(), "tests", "KnowledgeGraph.Import.Tests", "Reading", "Fixtures"));
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
var report = Report(rows, loadAtStart, LoadAverage()) + pdfs;
// The history below the results is kept by hand: each run carries it over.
var history = File.Exists(output) ? File.ReadAllText(output) : "";
var historyAt = history.IndexOf("## History", StringComparison.Ordinal);
await File.WriteAllTextAsync(output, historyAt < 0 ? report : report + Environment.NewLine + history[historyAt..]);
Console.WriteLine(report);
return 0;

static int RunOne(string corpus, string database, int repetitions, AllocationSampler? sampler)
{
    // The import directory stays the bundled one so the gazetteers and manifest are those a user has.
    var importDirectory = Path.Combine(FindRoot(), "import");
    var times = new List<double>();
    var pipelineTimes = new List<double>();
    // The machine's speed drifts from run to run; the CPU time a run takes drifts far less, so
    // it is what tells two versions of the code apart.
    var cpuTimes = new List<double>();
    var pauses = new List<double>();
    var process = Process.GetCurrentProcess();
    long nodes = 0, edges = 0;
    for (var i = 0; i < repetitions; i++)
    {
        // Each run starts from a collected heap, so that the peak memory is one import's, not one
        // import's plus the garbage of the run before.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        Console.Error.WriteLine($"heap before run {i + 1}: {GC.GetTotalMemory(false) / 1e6:0} MB");
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var pauseBefore = GC.GetTotalPauseDuration();
        // The first run only warms the code: the samples are the second's.
        if (i == 1) sampler?.Start();
        var clock = Stopwatch.StartNew();
        var stages = new StageClock(sampler);
        // Waited for, not awaited: an awaited import resumes this loop on the thread that finished
        // its write, inside the write's own frames, and those frames keep the whole graph of the run
        // alive through every later run (315 MB and 2.9 million objects at 100×, found in a heap
        // dump between runs) — a heap no single `kg import` ever has.
        (nodes, edges) = ImportOnce(corpus, importDirectory, database, stages, () => pipelineTimes.Add(clock.Elapsed.TotalSeconds)).GetAwaiter().GetResult();
        times.Add(clock.Elapsed.TotalSeconds);
        stages.Mark("end");
        process.Refresh();
        cpuTimes.Add((process.TotalProcessorTime - cpuBefore).TotalSeconds);
        pauses.Add((GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"run {i + 1}: {times[^1]:0.000} s (pipeline {pipelineTimes[^1]:0.000} s), {cpuTimes[^1]:0.00} CPU-s, {pauses[^1]:0.00} s of pauses"));
        Console.Error.WriteLine($"  stage seconds/CPU-seconds/allocated/collections/pauses: {stages}");
    }
    sampler?.Stop();
    if (sampler is not null) Console.Error.WriteLine(sampler.Top(40));
    process.Refresh();
    // The first run is reported on its own; the medians are the warm runs' (all runs' when there is only one).
    var warm = repetitions > 1 ? 1 : 0;
    var measurement = new Measurement(0, 0, times[0], Median(times[warm..]), Median(pipelineTimes[warm..]), Median(cpuTimes[warm..]), Median(pauses[warm..]),
        nodes, edges, process.PeakWorkingSet64, repetitions);
    Console.WriteLine(JsonSerializer.Serialize(measurement));
    return 0;
}

// One import as `kg import` runs it: the collector set for throughput until the graph is written.
static async Task<(long Nodes, long Edges)> ImportOnce(string corpus, string importDirectory, string database, StageClock stages, Action pipelineDone)
{
    using var collection = BatchCollection.Begin();
    var result = ImportPipeline.Run(new ImportOptions(corpus, importDirectory), stages);
    pipelineDone();
    stages.Mark("write");
    await using var store = new SqliteGraphStore(new SqliteStoreOptions { Path = database });
    await store.ReplaceAsync(result.Graph, stages, CancellationToken.None);
    return (result.Graph.Nodes.Count, result.Graph.Edges.Count);
}

static async Task<Measurement> Child(string corpus, string database, int repetitions)
{
    var self = Environment.ProcessPath!;
    var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
    if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(typeof(Measurement).Assembly.Location);
    foreach (var a in new[] { "run-one", corpus, database, repetitions.ToString(CultureInfo.InvariantCulture) }) start.ArgumentList.Add(a);
    using var child = Process.Start(start)!;
    var text = await child.StandardOutput.ReadToEndAsync();
    await child.WaitForExitAsync();
    if (child.ExitCode != 0) throw new InvalidOperationException($"benchmark run failed: {text}");
    return JsonSerializer.Deserialize<Measurement>(text.Trim().Split('\n')[^1])!;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted[sorted.Count / 2];
}

static string? LoadAverage()
{
    const string path = "/proc/loadavg";
    if (!File.Exists(path)) return null;
    var fields = File.ReadAllText(path).Split(' ');
    return fields.Length >= 3 ? $"{fields[0]} / {fields[1]} / {fields[2]}" : null;
}

static string Report(List<Measurement> rows, string? loadAtStart, string? loadAtEnd)
{
    var b = new StringBuilder();
    b.AppendLine("# Import benchmark");
    b.AppendLine();
    b.AppendLine($"Generated by `dotnet run -c Release --project bench/KnowledgeGraph.Import.Bench` on {Environment.ProcessorCount} cores, .NET {Environment.Version}.");
    b.AppendLine("Whole import in-process: read → normalise → structure → extract → link → assemble, then the SQLite write (atomic swap).");
    b.AppendLine($"Runtime settings as kg's: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} garbage collector, large-object threshold {AppContext.GetData("System.GC.LOHThreshold") ?? "85000"} bytes, dynamic PGO {(AppContext.GetData("System.Runtime.TieredPGO") is "false" or false ? "off" : "on")}, freed memory {(AppContext.GetData("System.GC.RetainVM") is "true" or true ? "retained" : "released")}, call counting for optimised code after {AppContext.GetData("System.Runtime.TieredCompilation.CallCountingDelayMs") ?? "100"} ms.");
    b.AppendLine("Synthetic corpora are copies of the bundled plans with renamed regions. Each size runs in its own process;");
    b.AppendLine("“first” is the first run in that process (JIT included), “median” the median of the runs after it;");
    b.AppendLine("CPU is the process's CPU time per run (all cores) and GC the collector's pauses per run, both medians.");
    if (loadAtStart is not null) b.AppendLine($"Load average (1 / 5 / 15 min) at the start: {loadAtStart}; at the end: {loadAtEnd}.");
    b.AppendLine();
    b.AppendLine("| corpus | source MB | runs (first + warm) | first (s) | median (s) | of which pipeline (s) | CPU (s) | GC pauses (s) | MB/s | s per MB | nodes | relationships | peak memory (MB) |");
    b.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var r in rows)
    {
        var mb = r.Bytes / 1e6;
        b.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"| {r.Size}× | {mb:0.0} | 1 + {r.Runs - 1} | {r.FirstSeconds:0.000} | {r.MedianSeconds:0.000} | {r.PipelineSeconds:0.000} | {r.CpuSeconds:0.00} | {r.GcPauseSeconds:0.00} | {mb / r.MedianSeconds:0.0} | {r.MedianSeconds / mb:0.000} | {r.Nodes:N0} | {r.Edges:N0} | {r.PeakBytes / 1e6:0} |"));
    }
    b.AppendLine();
    b.AppendLine("Targets: whole corpus ≤ 0.5 s in-process; ≥ 20 MB/s at 100×; time linear in size (s per MB roughly constant).");
    return b.ToString();
}

// The read pass alone for the PDFs the tests read (their text layer, tables rebuilt, headings marked): the
// median of three reads after one that compiles the code.
static string PdfReading(string fixtures)
{
    if (!Directory.Exists(fixtures)) return "";
    var b = new StringBuilder();
    b.AppendLine();
    b.AppendLine("PDF reading (the read pass alone: text layer, tables rebuilt, headings marked), the median of three reads after a first:");
    b.AppendLine();
    b.AppendLine("| PDF | MB | pages | lines read | median (s) | pages/s |");
    b.AppendLine("|---|---:|---:|---:|---:|---:|");
    foreach (var file in Directory.GetFiles(fixtures, "*.pdf").Where(f => !f.Contains("password", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
    {
        var bytes = File.ReadAllBytes(file);
        var document = KnowledgeGraph.Import.Reading.PlanFileReader.Read(Path.GetFileName(file), bytes);
        var times = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            KnowledgeGraph.Import.Reading.PlanFileReader.Read(Path.GetFileName(file), bytes);
            times.Add(clock.Elapsed.TotalSeconds);
        }
        times.Sort();
        var pages = document.LineNumbers?.Max() ?? 0;
        b.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"| {Path.GetFileName(file)} | {bytes.Length / 1e6:0.00} | {pages} | {document.Lines.Count:N0} | {times[1]:0.000} | {pages / times[1]:0} |"));
    }
    return b.ToString();
}

static string Option(string name, string fallback)
{
    var args = Environment.GetCommandLineArgs();
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln"))) dir = dir.Parent;
    return dir?.FullName ?? Directory.GetCurrentDirectory();
}

internal sealed record Measurement(int Size, long Bytes, double FirstSeconds, double MedianSeconds, double PipelineSeconds, double CpuSeconds, double GcPauseSeconds, long Nodes, long Edges, long PeakBytes, int Runs);
