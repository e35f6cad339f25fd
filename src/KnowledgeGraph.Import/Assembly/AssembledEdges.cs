using System.Collections;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import.Assembly;

/// <summary>
/// The relationships of an assembled graph as the builder keeps them: per relationship its type
/// and ends as numbers, its properties and its provenance, side by side in one array. Each
/// <see cref="GraphEdge"/> (a value) is made when asked for. As objects, a million relationships
/// lived from the link to the end of the write, each copied and marked by the collector on its
/// passes; the one array is a single large object, and reading a relationship allocates nothing.
/// </summary>
internal sealed class AssembledEdges(IReadOnlyList<string> types, IReadOnlyList<string> ids, AssembledEdge[] edges) : IReadOnlyList<GraphEdge>
{
    public int Count => edges.Length;

    public GraphEdge this[int index]
    {
        get
        {
            ref readonly var edge = ref edges[index];
            return new GraphEdge(types[EdgeKey.Type(edge.Key)], ids[EdgeKey.From(edge.Key)], ids[EdgeKey.To(edge.Key)], edge.Props, edge.Provenance);
        }
    }

    public IEnumerator<GraphEdge> GetEnumerator()
    {
        for (var i = 0; i < edges.Length; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A relationship as the builder keeps it: its <see cref="EdgeKey"/>, properties and provenance.</summary>
internal readonly record struct AssembledEdge(long Key, Props Props, Provenance Provenance);

/// <summary>A relationship's type and ends, as the builder numbers them, packed in one number.</summary>
internal static class EdgeKey
{
    private const int EndBits = 29;
    private const long EndMask = (1L << EndBits) - 1;

    public const int MaxEnds = (int)EndMask;
    public const int MaxTypes = 1 << (63 - 2 * EndBits);

    public static long Of(int type, int from, int to) => ((long)type << (2 * EndBits)) | ((long)from << EndBits) | (long)to;

    public static int Type(long key) => (int)(key >> (2 * EndBits));

    public static int From(long key) => (int)((key >> EndBits) & EndMask);

    public static int To(long key) => (int)(key & EndMask);
}
