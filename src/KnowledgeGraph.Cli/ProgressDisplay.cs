using KnowledgeGraph.Import.Pipeline;
using KnowledgeGraph.Store;
using Spectre.Console;

namespace KnowledgeGraph.Cli;

/// <summary>Where long work reports progress: bars on an interactive terminal, nothing otherwise.</summary>
internal sealed class ProgressReporter(ProgressTask? extract, ProgressTask? write)
{
    public static readonly ProgressReporter Silent = new(null, null);

    public IProgress<ImportProgress>? ForImport() => extract is null ? null : new Reporter<ImportProgress>(p =>
    {
        extract.MaxValue = Math.Max(1, p.Total);
        extract.Value = p.Done;
        extract.Description = $"{p.Stage} ({p.Done}/{p.Total})";
    });

    public IProgress<StoreProgress>? ForStore() => write is null ? null : new Reporter<StoreProgress>(p =>
    {
        extract?.StopTask();
        write.MaxValue = Math.Max(1, p.Total);
        write.Value = p.Done;
        write.Description = $"write: {p.Stage}";
    });

    /// <summary>Reports synchronously: Progress&lt;T&gt; would post to a thread pool and race the bars' refresh.</summary>
    private sealed class Reporter<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}

internal static class ProgressDisplay
{
    public static async Task<T> RunAsync<T>(TextWriter output, Func<ProgressReporter, Task<T>> work)
    {
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected
            && AnsiConsole.Profile.Capabilities.Interactive;
        if (!interactive) return await work(ProgressReporter.Silent);

        return await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var extract = context.AddTask("read plans");
                var write = context.AddTask("write store");
                var result = await work(new ProgressReporter(extract, write));
                extract.StopTask();
                write.StopTask();
                return result;
            });
    }
}
