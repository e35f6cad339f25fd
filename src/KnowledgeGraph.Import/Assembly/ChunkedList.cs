namespace KnowledgeGraph.Import.Assembly;

/// <summary>
/// A list kept in chunks of a fixed size: it grows without copying what it holds, and no chunk is
/// large enough for the large-object heap, where a million relationships' arrays (and the copies
/// a list makes as it grows) counted against the budget whose every overrun is a full collection
/// of the graph.
/// </summary>
internal sealed class ChunkedList<T>
{
    private const int Shift = 14;
    private const int ChunkSize = 1 << Shift;
    private const int Mask = ChunkSize - 1;
    private readonly List<T[]> _chunks = [];

    public int Count { get; private set; }

    public T this[int index] => _chunks[index >> Shift][index & Mask];

    public void Add(T item)
    {
        if ((Count & Mask) == 0 && Count >> Shift == _chunks.Count) _chunks.Add(new T[ChunkSize]);
        _chunks[Count >> Shift][Count & Mask] = item;
        Count++;
    }
}
