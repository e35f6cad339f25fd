namespace KnowledgeGraph.Import.Linking;

/// <summary>
/// Keys of the SAME_AS index that share something (a bigram, an opening and a character, the same
/// characters), in key order, and the same keys by block once blocks are known
/// (<see cref="SameAsBlocks"/>): a key's probe then reads only the keys of its own block and those
/// that may lie anywhere, instead of every copy of a common name in regions that lie apart.
/// </summary>
internal sealed class SameAsPostings
{
    // A shorter list is read whole: splitting it would cost more than the keys it passes over.
    private const int SplitFrom = 16;

    private Dictionary<int, int[]>? _byBlock;

    public List<int> All { get; } = [];

    public void Split(Func<int, int> blockOf)
    {
        if (All.Count < SplitFrom) return;
        var byBlock = new Dictionary<int, List<int>>();
        foreach (var k in All)
        {
            var block = blockOf(k);
            (byBlock.TryGetValue(block, out var keys) ? keys : byBlock[block] = []).Add(k);
        }
        if (byBlock.Count > 1) _byBlock = byBlock.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>
    /// The keys a key of <paramref name="block"/> may be the same project as, in key order: all of
    /// them, or those of its block and of no block merged into <paramref name="buffer"/>.
    /// </summary>
    public List<int> For(int block, List<int> buffer)
    {
        if (_byBlock is null || block == SameAsBlocks.Anywhere) return All;
        var own = _byBlock.GetValueOrDefault(block) ?? [];
        var anywhere = _byBlock.GetValueOrDefault(SameAsBlocks.Anywhere) ?? [];
        buffer.Clear();
        var (a, b) = (0, 0);
        while (a < own.Length || b < anywhere.Length)
        {
            buffer.Add(b == anywhere.Length || (a < own.Length && own[a] < anywhere[b]) ? own[a++] : anywhere[b++]);
        }
        return buffer;
    }
}
