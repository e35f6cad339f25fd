using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Graph;

/// <summary>
/// Stable node ids: a short label prefix and 64 bits of SHA-256 over the label and the parts
/// that identify the node (its content and position), never a counter or a clock, so that the
/// same input always yields the same ids.
/// </summary>
public static class NodeIds
{
    private static readonly Dictionary<string, string> Prefixes = new(StringComparer.Ordinal)
    {
        [Labels.Plan] = "plan",
        [Labels.Section] = "sec",
        [Labels.Column] = "col",
        [Labels.Goal] = "goal",
        [Labels.Indicator] = "ind",
        [Labels.Project] = "proj",
        [Labels.Place] = "place",
        [Labels.Agency] = "agcy",
        [Labels.Strategy] = "strat",
        [Labels.Document] = "doc",
    };

    public static string For(string label, params ReadOnlySpan<string> parts)
    {
        if (!Prefixes.TryGetValue(label, out var prefix))
        {
            throw new ArgumentException($"unknown label '{label}'", nameof(label));
        }
        // Ids are made for every node and every mention: the key is encoded on the stack (or in a
        // pooled buffer when long), so the only allocation is the id itself.
        var length = label.Length;
        foreach (var part in parts) length += 1 + part.Length;
        char[]? rentedChars = null;
        var key = length <= 256 ? stackalloc char[256] : (rentedChars = ArrayPool<char>.Shared.Rent(length));
        label.AsSpan().CopyTo(key);
        var at = label.Length;
        foreach (var part in parts)
        {
            // A separator that cannot occur in document text keeps ("ab","c") apart from ("a","bc").
            key[at++] = '\u001f';
            part.AsSpan().CopyTo(key[at..]);
            at += part.Length;
        }
        var maxBytes = Encoding.UTF8.GetMaxByteCount(length);
        byte[]? rentedBytes = null;
        var bytes = maxBytes <= 1024 ? stackalloc byte[1024] : (rentedBytes = ArrayPool<byte>.Shared.Rent(maxBytes));
        var count = Encoding.UTF8.GetBytes(key[..length], bytes);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes[..count], hash);
        if (rentedChars is not null) ArrayPool<char>.Shared.Return(rentedChars);
        if (rentedBytes is not null) ArrayPool<byte>.Shared.Return(rentedBytes);
        return string.Concat(prefix, "_", Convert.ToHexStringLower(hash[..8]));
    }

    /// <summary>
    /// <see cref="For"/> of a shared node by its canonical name (a place, an indicator, a strategy…).
    /// An import asks for the same few thousand names once per mention, from every thread; they
    /// are hashed once and remembered. Bounded, so a long-running process that imports many
    /// corpora stops remembering rather than growing without end.
    /// </summary>
    public static string ForName(string label, string name)
    {
        if (NameIds.TryGetValue((label, name), out var id)) return id;
        id = For(label, name);
        // Counted apart: a concurrent dictionary's Count takes every one of its locks.
        if (Volatile.Read(ref _rememberedNames) < MaxRememberedNames && NameIds.TryAdd((label, name), id)) Interlocked.Increment(ref _rememberedNames);
        return id;
    }

    private const int MaxRememberedNames = 1 << 18;
    private static int _rememberedNames;

    private static readonly ConcurrentDictionary<(string Label, string Name), string> NameIds = new();

    /// <summary>The label an id was made for, or null when the id is not one of ours.</summary>
    public static string? LabelOf(string id)
    {
        var underscore = id.IndexOf('_');
        if (underscore <= 0) return null;
        var prefix = id[..underscore];
        foreach (var (label, p) in Prefixes)
        {
            if (p == prefix) return label;
        }
        return null;
    }
}
