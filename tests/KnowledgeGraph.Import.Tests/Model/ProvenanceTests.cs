using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import.Tests.Model;

/// <summary>
/// A quote taken as a stretch of its paragraph must be the quote a copy of that stretch gives:
/// the same characters, trimmed and clipped the same way, equal and hashed alike.
/// </summary>
public sealed class ProvenanceTests
{
    // From the 长春 plan's text, with the white space an extraction leaves around a sentence.
    private const string Paragraph = "  加快建设长春现代化都市圈。 推动长吉一体化协同发展，打造长吉“双核”驱动的创新发展引擎。  ";

    private static readonly int FirstStop = Paragraph.IndexOf('。') + 1;

    public static TheoryData<int, int> Stretches => new()
    {
        { 0, Paragraph.Length },
        // The first sentence with the white space before it; the second with the white space around it.
        { 0, FirstStop },
        { FirstStop, Paragraph.Length - FirstStop },
        { FirstStop - 1, 1 },
    };

    [Theory]
    [MemberData(nameof(Stretches))]
    public void A_stretch_quotes_what_its_copy_quotes(int start, int length)
    {
        var stretch = Provenance.Create("plan.txt", 3, 4, Paragraph, start, length);
        var copy = Provenance.Create("plan.txt", 3, 4, Paragraph.Substring(start, length));

        Assert.Equal(copy.Quote, stretch.Quote);
        Assert.Equal(Paragraph.Substring(start, length).Trim(), stretch.Quote);
        Assert.True(stretch.QuoteSpan().SequenceEqual(copy.Quote));
        Assert.Equal(copy, stretch);
        Assert.Equal(copy.GetHashCode(), stretch.GetHashCode());
    }

    [Fact]
    public void A_long_stretch_is_clipped_without_splitting_a_surrogate_pair()
    {
        // 199 ideographs, then 𠀀 (a surrogate pair) across the limit of 200 characters.
        var text = "前" + new string('长', 199) + "𠀀" + new string('春', 20);
        var stretch = Provenance.Create("plan.txt", 1, 1, text, 1, text.Length - 1);

        Assert.Equal(199, stretch.Quote.Length);
        Assert.Equal(Provenance.Clip(text[1..]), stretch.Quote);
        Assert.False(char.IsHighSurrogate(stretch.Quote[^1]));
    }

    [Fact]
    public void A_changed_quote_replaces_the_stretch()
    {
        var stretch = Provenance.Create("plan.txt", 3, 4, Paragraph, FirstStop, Paragraph.Length - FirstStop);

        var changed = stretch with { Quote = "另一段" };

        Assert.Equal("另一段", changed.Quote);
        Assert.NotEqual(stretch, changed);
        Assert.Equal(stretch, stretch with { });
    }
}
