using System.Collections.Concurrent;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import.Model;

/// <summary>
/// Properties that recur across records: those of derived relationships (a basis and a confidence,
/// a few dozen distinct sets over hundreds of thousands of relationships: at 100×, 85,000 SUPPORTS,
/// 83,000 LOCATED_IN, 47,000 SAME_AS), and those of a place, an agency or a strategy, which each
/// plan naming it records again. Each set is kept once, so the records hold one instance of it
/// rather than a properties object, its array and values of their own, which the collector then
/// copied and marked on every pass until the write.
/// </summary>
public static class SharedProps
{
    private static readonly ConcurrentDictionary<Props, Props> Known = new(PropsContentComparer.Instance);

    // Bounded like the ids of names: a long-running process importing many corpora stops sharing
    // rather than growing without end. Counted apart: a concurrent dictionary's Count takes every lock.
    private const int MaxKnown = 1 << 16;
    private static int _known;

    public static Props Of(params ReadOnlySpan<(string Key, object? Value)> values)
    {
        var props = Props.Of(values);
        if (Known.TryGetValue(props, out var shared)) return shared;
        if (Volatile.Read(ref _known) < MaxKnown && Known.TryAdd(props, props)) Interlocked.Increment(ref _known);
        return props;
    }
}
