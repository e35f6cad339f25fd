using KnowledgeGraph.Import.Linking;

namespace KnowledgeGraph.Import.Tests.Linking;

public sealed class SameAsPostingsTests
{
    // Forty keys: every third may lie anywhere, the others in block 0 or 1 by parity.
    private static int BlockOf(int key) => key % 3 == 0 ? SameAsBlocks.Anywhere : key % 2;

    private static SameAsPostings Postings()
    {
        var postings = new SameAsPostings();
        postings.All.AddRange(Enumerable.Range(0, 40));
        postings.Split(BlockOf);
        return postings;
    }

    [Fact]
    public void A_key_reads_the_keys_of_its_block_and_those_of_none_in_key_order()
    {
        var read = Postings().For(1, []);
        Assert.Equal(Enumerable.Range(0, 40).Where(k => BlockOf(k) is 1 or SameAsBlocks.Anywhere), read);
        // Exactly the keys a key of block 1 is not kept apart from.
        Assert.DoesNotContain(read, k => BlockOf(k) == 0);
    }

    [Fact]
    public void A_key_of_no_block_and_a_short_list_read_every_key()
    {
        Assert.Equal(Enumerable.Range(0, 40), Postings().For(SameAsBlocks.Anywhere, []));
        var few = new SameAsPostings();
        few.All.AddRange([3, 4, 5]);
        few.Split(BlockOf);
        Assert.Equal([3, 4, 5], few.For(0, []));
    }
}
