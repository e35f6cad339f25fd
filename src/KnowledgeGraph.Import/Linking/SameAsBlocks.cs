using KnowledgeGraph.Import.Extraction.Projects;

namespace KnowledgeGraph.Import.Linking;

/// <summary>
/// Keys whose areas rule out one project whatever their names, found before their names are
/// compared. A key whose every area is a region of its own (a plan from outside the province)
/// can only be the same project as a key naming a region of the same group (<see cref="OwnRegions.GroupOf"/>):
/// with many such regions, every copy of a common name (体育中心) would otherwise be scored
/// against every other, and then vetoed by the areas one pair at a time.
/// </summary>
internal sealed class SameAsBlocks
{
    // Per key: the group of its regions of their own when all its areas lie in one group;
    // Province when it has none of them (no area, or only the province's); Anywhere otherwise.
    private const int Province = -1;

    /// <summary>The block of a key that may be the same project as a key of any block.</summary>
    public const int Anywhere = -2;

    private readonly int[] _block;

    private SameAsBlocks(int[] block) => _block = block;

    /// <summary>Null when the corpus has no regions of their own: every pair is compared.</summary>
    public static SameAsBlocks? Of(IReadOnlyList<SameAsKey> keys, OwnRegions? own)
    {
        if (own is null) return null;
        var block = new int[keys.Count];
        for (var k = 0; k < keys.Count; k++)
        {
            var areas = keys[k].Areas;
            var group = areas.Count == 0 ? Province : own.GroupOf(areas[0]);
            for (var a = 1; a < areas.Count && group != Anywhere; a++)
            {
                var next = own.GroupOf(areas[a]);
                if (next != group) group = Anywhere;
            }
            // GroupOf gives -1 (Province) for the province's areas: the same code, by design.
            block[k] = group;
        }
        return new SameAsBlocks(block);
    }

    public int BlockOf(int key) => _block[key];

    /// <summary>Keys <paramref name="i"/> and <paramref name="j"/> cannot name one project (symmetric).</summary>
    public bool Apart(int i, int j)
    {
        var (a, b) = (_block[i], _block[j]);
        if (a == Anywhere || b == Anywhere) return false;
        return a != b;
    }
}
