using System.Buffers;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>Encoded nodes on their way from the encoding thread to the inserting thread.</summary>
internal sealed class NodeBatch(int capacity)
{
    public int Count;
    public readonly int[] Seq = new int[capacity];
    public readonly GraphNode[] Node = new GraphNode[capacity];
    public readonly byte[][] LabelUtf8 = new byte[capacity][];
    public readonly string?[] PlanId = new string?[capacity];
    public readonly string?[] Caption = new string?[capacity];
    public readonly int[] Provenance = new int[capacity];
    public readonly int[] PropsStart = new int[capacity];
    public readonly int[] PropsLength = new int[capacity];
    public readonly ArrayBufferWriter<byte> Props = new(capacity * 128);

    public bool IsFull => Count == Seq.Length;

    public void Clear()
    {
        Count = 0;
        Props.ResetWrittenCount();
    }

    public ReadOnlySpan<byte> PropsOf(int i) => Props.WrittenSpan.Slice(PropsStart[i], PropsLength[i]);
}

/// <summary>One encoded relationship; 28 bytes, so eight million fit in a couple of hundred MB.</summary>
internal struct EdgeRow
{
    public int Seq;
    public int From;
    public int To;
    public int Provenance;
    public int PropsStart;
    public int PropsLength;
    public byte Type;
}

/// <summary>
/// All relationships, encoded and sorted by (from_seq, type, to_seq): the key order of the edges
/// table, so inserting them appends to its b-tree instead of splitting pages all over it.
/// </summary>
internal sealed class EncodedEdges(EdgeRow[] rows, byte[] props, string version)
{
    /// <summary>Relationship types in ordinal order: EdgeRow.Type indexes this, and ordinal order is SQLite's BINARY collation.</summary>
    public static readonly string[] TypeNames = RelationshipTypes.All.Order(StringComparer.Ordinal).ToArray();

    /// <summary><see cref="TypeNames"/> in UTF-8, bound once per relationship.</summary>
    public static readonly byte[][] TypeNamesUtf8 = [.. TypeNames.Select(System.Text.Encoding.UTF8.GetBytes)];

    public EdgeRow[] Rows { get; } = rows;

    public string Version { get; } = version;

    public ReadOnlySpan<byte> PropsOf(in EdgeRow row) =>
        row.PropsLength == 0 ? "{}"u8 : props.AsSpan(row.PropsStart, row.PropsLength);

    private static readonly byte[] RankByContractOrder =
        RelationshipTypes.All.Select(t => (byte)Array.IndexOf(TypeNames, t)).ToArray();

    public static byte TypeOf(string type) => RankByContractOrder[Vocabulary.TypeIndex(type)];
}
