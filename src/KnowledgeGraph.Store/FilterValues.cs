using System.Globalization;

namespace KnowledgeGraph.Store;

/// <summary>Filter values and group keys in the few types properties can have.</summary>
internal static class FilterValues
{
    /// <summary>Strings, 64-bit integers, doubles and booleans, as <see cref="Graph.Props"/> stores them.</summary>
    public static object Normalise(object? value, string property) => value switch
    {
        string s => s,
        long l => l,
        int i => (long)i,
        short s16 => (long)s16,
        double d when double.IsFinite(d) => d,
        float f when float.IsFinite(f) => (double)f,
        decimal m => (double)m,
        bool b => b,
        null => throw new StoreQueryException($"a value for '{property}' is required (use PropertyExists to test for absence)"),
        _ => throw new StoreQueryException($"'{property}' cannot be compared with a {value.GetType().Name}"),
    };

    /// <summary>
    /// How a group key reads in an aggregate, identical for every store: numbers in invariant
    /// culture (integral doubles without a fraction, as JSON prints them), booleans lower case.
    /// </summary>
    public static string? KeyText(object? value) => value switch
    {
        null => null,
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>Count descending, then key (ordinal, absent last), so both stores list buckets alike.</summary>
    public static IReadOnlyList<AggregateBucket> Sort(IEnumerable<AggregateBucket> buckets)
    {
        var merged = new Dictionary<string, int>(StringComparer.Ordinal);
        var nullCount = 0;
        foreach (var bucket in buckets)
        {
            // Two raw keys can read alike (the integer 5 and the double 5.0): count them as one.
            if (bucket.Key is null) nullCount += bucket.Count;
            else merged[bucket.Key] = merged.GetValueOrDefault(bucket.Key) + bucket.Count;
        }
        var list = merged.Select(kv => new AggregateBucket(kv.Key, kv.Value)).ToList();
        if (nullCount > 0) list.Add(new AggregateBucket(null, nullCount));
        list.Sort((a, b) =>
        {
            var byCount = b.Count.CompareTo(a.Count);
            if (byCount != 0) return byCount;
            if (a.Key is null) return b.Key is null ? 0 : 1;
            if (b.Key is null) return -1;
            return string.CompareOrdinal(a.Key, b.Key);
        });
        return list;
    }
}
