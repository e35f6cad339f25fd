using System.Collections.Frozen;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store;

/// <summary>
/// Hashed lookups of label and relationship-type positions. Labels.OrderOf scans the list; a
/// writer asks several times per row, millions of times per import.
/// </summary>
internal static class Vocabulary
{
    private static readonly FrozenDictionary<string, int> LabelOrder =
        Labels.All.Select((label, i) => (label, i)).ToFrozenDictionary(x => x.label, x => x.i, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> TypeOrder =
        RelationshipTypes.All.Select((type, i) => (type, i)).ToFrozenDictionary(x => x.type, x => x.i, StringComparer.Ordinal);

    /// <summary>The label's position in <see cref="Labels.All"/>, or -1 when it is not a label of the contract.</summary>
    public static int LabelIndex(string label) => LabelOrder.GetValueOrDefault(label, -1);

    /// <summary>The type's position in <see cref="RelationshipTypes.All"/>, or -1 when it is not a type of the contract.</summary>
    public static int TypeIndex(string type) => TypeOrder.GetValueOrDefault(type, -1);

    /// <summary>
    /// Each label in UTF-8, by <see cref="LabelIndex"/>: a writer binds a label per node, and
    /// encoding the same few words a few hundred thousand times is work for nothing.
    /// </summary>
    public static readonly byte[][] LabelsUtf8 = [.. Labels.All.Select(System.Text.Encoding.UTF8.GetBytes)];
}
