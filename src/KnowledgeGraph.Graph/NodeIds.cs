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
        var builder = new StringBuilder(label);
        foreach (var part in parts)
        {
            // A separator that cannot occur in document text keeps ("ab","c") apart from ("a","bc").
            builder.Append('\u001f').Append(part);
        }
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()), hash);
        return prefix + "_" + Convert.ToHexStringLower(hash[..8]);
    }

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
