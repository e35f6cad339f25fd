using System.Collections;
using System.Collections.Immutable;

namespace KnowledgeGraph.Graph;

/// <summary>
/// A node's or relationship's properties: camelCase keys in ordinal order (so exports are
/// byte-stable) and values that are strings, 64-bit integers, doubles or booleans. Absent
/// values are simply not stored.
/// </summary>
public sealed class Props : IReadOnlyDictionary<string, object>
{
    public static readonly Props Empty = new(ImmutableSortedDictionary.Create<string, object>(StringComparer.Ordinal));

    private readonly ImmutableSortedDictionary<string, object> _values;

    private Props(ImmutableSortedDictionary<string, object> values) => _values = values;

    public static Props From(IEnumerable<KeyValuePair<string, object?>> values)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            var normalised = Normalise(key, value);
            if (normalised is not null) builder[key] = normalised;
        }
        return new Props(builder.ToImmutable());
    }

    public static Props Of(params ReadOnlySpan<(string Key, object? Value)> values)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            var normalised = Normalise(key, value);
            if (normalised is not null) builder[key] = normalised;
        }
        return new Props(builder.ToImmutable());
    }

    public Props With(string key, object? value)
    {
        var normalised = Normalise(key, value);
        return new Props(normalised is null ? _values.Remove(key) : _values.SetItem(key, normalised));
    }

    public string? GetString(string key) => _values.TryGetValue(key, out var v) ? v as string : null;

    public double? GetNumber(string key) => _values.TryGetValue(key, out var v)
        ? v switch { long l => l, double d => d, _ => null }
        : null;

    public long? GetInteger(string key) => _values.TryGetValue(key, out var v) && v is long l ? l : null;

    private static object? Normalise(string key, object? value)
    {
        if (string.IsNullOrEmpty(key)) throw new ArgumentException("property keys must not be empty");
        return value switch
        {
            null => null,
            string s => s.Length == 0 ? null : s,
            int i => (long)i,
            long l => l,
            double d when double.IsFinite(d) => d,
            float f when float.IsFinite(f) => (double)f,
            decimal m => (double)m,
            bool b => b,
            double or float => throw new ArgumentException($"property '{key}' is not a finite number"),
            _ => throw new ArgumentException($"property '{key}' has unsupported type {value.GetType().Name}"),
        };
    }

    public object this[string key] => _values[key];
    public IEnumerable<string> Keys => _values.Keys;
    public IEnumerable<object> Values => _values.Values;
    public int Count => _values.Count;
    public bool ContainsKey(string key) => _values.ContainsKey(key);
    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out object value) =>
        _values.TryGetValue(key, out value);
    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _values.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
