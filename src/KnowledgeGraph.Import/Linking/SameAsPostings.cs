namespace KnowledgeGraph.Import.Linking;

/// <summary>
/// The keys of the SAME_AS index that share one core, in key order, and the same keys by block once
/// blocks are known (<see cref="SameAsBlocks"/>): a key then takes only the keys of its own block and
/// those that may lie anywhere, instead of every copy of a common name in regions that lie apart.
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
        // Each key as (block, key) in one number, sorted: the blocks' runs, each in key order.
        var packed = new long[All.Count];
        for (var i = 0; i < packed.Length; i++) packed[i] = ((long)blockOf(All[i]) << 32) | (uint)All[i];
        Array.Sort(packed);
        if ((int)(packed[0] >> 32) == (int)(packed[^1] >> 32)) return;
        var byBlock = new Dictionary<int, int[]>();
        for (var from = 0; from < packed.Length;)
        {
            var block = (int)(packed[from] >> 32);
            var to = from + 1;
            while (to < packed.Length && (int)(packed[to] >> 32) == block) to++;
            var keys = new int[to - from];
            for (var i = from; i < to; i++) keys[i - from] = (int)(uint)packed[i];
            byBlock[block] = keys;
            from = to;
        }
        _byBlock = byBlock;
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
