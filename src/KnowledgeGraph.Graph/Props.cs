using System.Collections;

namespace KnowledgeGraph.Graph;

/// <summary>
/// A node's or relationship's properties: camelCase keys in ordinal order (so exports are
/// byte-stable) and values that are strings, 64-bit integers, doubles or booleans. Absent
/// values are simply not stored.
/// </summary>
public sealed class Props : IReadOnlyDictionary<string, object>
{
    public static readonly Props Empty = new([]);

    // Sorted by key (ordinal), keys distinct. A node has a handful of properties and an import
    // makes over a million of these: a sorted array is built in one allocation, searched by
    // bisection and enumerated without allocating, where a tree costs a node per entry.
    private readonly KeyValuePair<string, object>[] _items;

    private Props(KeyValuePair<string, object>[] items) => _items = items;

    /// <summary>The properties given; a key given twice keeps its last non-empty value.</summary>
    public static Props From(IEnumerable<KeyValuePair<string, object?>> values)
    {
        var items = new List<KeyValuePair<string, object>>();
        foreach (var (key, value) in values)
        {
            if (Normalise(key, value) is not { } normalised) continue;
            var at = items.FindIndex(i => string.Equals(i.Key, key, StringComparison.Ordinal));
            if (at >= 0) items[at] = new(key, normalised);
            else items.Add(new(key, normalised));
        }
        return Create([.. items]);
    }

    /// <summary>The properties given; a key given twice keeps its last non-empty value.</summary>
    public static Props Of(params ReadOnlySpan<(string Key, object? Value)> values)
    {
        var items = new KeyValuePair<string, object>[values.Length];
        var count = 0;
        foreach (var (key, value) in values)
        {
            if (Normalise(key, value) is not { } normalised) continue;
            var at = 0;
            while (at < count && !string.Equals(items[at].Key, key, StringComparison.Ordinal)) at++;
            items[at] = new(key, normalised);
            if (at == count) count++;
        }
        if (count < items.Length) Array.Resize(ref items, count);
        return Create(items);
    }

    private static Props Create(KeyValuePair<string, object>[] items)
    {
        if (items.Length == 0) return Empty;
        if (items.Length > 1) Array.Sort(items, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new Props(items);
    }

    public Props With(string key, object? value)
    {
        var normalised = Normalise(key, value);
        var at = IndexOf(key);
        if (normalised is null)
        {
            if (at < 0) return this;
            if (_items.Length == 1) return Empty;
            var fewer = new KeyValuePair<string, object>[_items.Length - 1];
            Array.Copy(_items, 0, fewer, 0, at);
            Array.Copy(_items, at + 1, fewer, at, _items.Length - at - 1);
            return new Props(fewer);
        }
        if (at >= 0)
        {
            var changed = (KeyValuePair<string, object>[])_items.Clone();
            changed[at] = new(key, normalised);
            return new Props(changed);
        }
        at = ~at;
        var more = new KeyValuePair<string, object>[_items.Length + 1];
        Array.Copy(_items, 0, more, 0, at);
        more[at] = new(key, normalised);
        Array.Copy(_items, at, more, at + 1, _items.Length - at);
        return new Props(more);
    }

    public string? GetString(string key) => TryGetValue(key, out var v) ? v as string : null;

    public double? GetNumber(string key) => TryGetValue(key, out var v)
        ? v switch { long l => l, double d => d, _ => null }
        : null;

    public long? GetInteger(string key) => TryGetValue(key, out var v) && v is long l ? l : null;

    private static object? Normalise(string key, object? value)
    {
        if (string.IsNullOrEmpty(key)) throw new ArgumentException("property keys must not be empty");
        // A value already boxed as stored is kept as it is, and small integers (ordinals, years)
        // share boxes: nodes hold hundreds of thousands of them.
        return value switch
        {
            null => null,
            string s => s.Length == 0 ? null : s,
            int i => Box(i),
            long l => Box(l, value),
            double d when double.IsFinite(d) => value,
            float f when float.IsFinite(f) => (double)f,
            decimal m => (double)m,
            bool b => b ? True : False,
            double or float => throw new ArgumentException($"property '{key}' is not a finite number"),
            _ => throw new ArgumentException($"property '{key}' has unsupported type {value.GetType().Name}"),
        };
    }

    private const int SmallIntegers = 4096;
    private static readonly object[] SmallBoxes = [.. Enumerable.Range(0, SmallIntegers).Select(static i => (object)(long)i)];
    private static readonly object True = true;
    private static readonly object False = false;

    /// <summary>The shared box of a small integer, else <paramref name="boxed"/> when the value comes boxed already, else a new box.</summary>
    private static object Box(long value, object? boxed = null) => (ulong)value < SmallIntegers ? SmallBoxes[value] : boxed ?? value;

    /// <summary>The position of <paramref name="key"/>, or the complement of where it would go.</summary>
    private int IndexOf(string key)
    {
        int low = 0, high = _items.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var order = string.CompareOrdinal(_items[middle].Key, key);
            if (order == 0) return middle;
            if (order < 0) low = middle + 1;
            else high = middle - 1;
        }
        return ~low;
    }

    public object this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no property '{key}'");
    public IEnumerable<string> Keys => _items.Select(i => i.Key);
    public IEnumerable<object> Values => _items.Select(i => i.Value);
    public int Count => _items.Length;
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out object value)
    {
        var at = IndexOf(key);
        value = at >= 0 ? _items[at].Value : null;
        return at >= 0;
    }

    /// <summary>The properties in key order, without allocating.</summary>
    public Enumerator GetEnumerator() => new(_items);

    IEnumerator<KeyValuePair<string, object>> IEnumerable<KeyValuePair<string, object>>.GetEnumerator() =>
        ((IEnumerable<KeyValuePair<string, object>>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public struct Enumerator : IEnumerator<KeyValuePair<string, object>>
    {
        private readonly KeyValuePair<string, object>[] _items;
        private int _index;

        internal Enumerator(KeyValuePair<string, object>[] items) => (_items, _index) = (items, -1);

        public readonly KeyValuePair<string, object> Current => _items[_index];
        readonly object IEnumerator.Current => Current;
        public bool MoveNext() => ++_index < _items.Length;
        public void Reset() => _index = -1;
        public readonly void Dispose() { }
    }
}
