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

    // The derived relationships ask for the same few sets a quarter of a million times per 100×
    // import: remembered by the arguments, so that a repeated set is found without making the
    // properties (their array and a boxed number) only to look them up, some 30 MB a run.
    private static readonly ConcurrentDictionary<(string, string?), Props> ByText = new();
    private static readonly ConcurrentDictionary<(string, string?, string, double), Props> ByTextAndNumber = new();

    /// <summary><see cref="Of(ReadOnlySpan{ValueTuple{string, object}})"/> of one text property.</summary>
    public static Props Of(string key, string? value) =>
        ByText.TryGetValue((key, value), out var props) ? props : Remember(ByText, (key, value), Of((key, value)));

    /// <summary><see cref="Of(ReadOnlySpan{ValueTuple{string, object}})"/> of a text property and a number.</summary>
    public static Props Of(string key, string? value, string numberKey, double number) =>
        ByTextAndNumber.TryGetValue((key, value, numberKey, number), out var props) ? props
            : Remember(ByTextAndNumber, (key, value, numberKey, number), Of((key, value), (numberKey, number)));

    private static Props Remember<TKey>(ConcurrentDictionary<TKey, Props> cache, TKey key, Props props) where TKey : notnull
    {
        if (Volatile.Read(ref _known) < MaxKnown && cache.TryAdd(key, props)) Interlocked.Increment(ref _known);
        return props;
    }
}
