namespace KnowledgeGraph.Store.Tests.Fixtures;

/// <summary>Reports on the writer's thread (Progress&lt;T&gt; would post to the thread pool).</summary>
internal sealed class SyncProgress(Action<StoreProgress> report) : IProgress<StoreProgress>
{
    public void Report(StoreProgress value) => report(value);
}
