using KnowledgeGraph.Import.Extraction.Mentions;

namespace KnowledgeGraph.Import.Tests.Extraction.Mentions;

/// <summary>
/// Folded text maps every match back to what the document prints, in both of its forms: a text
/// with white space (offsets shift, boundaries remembered) and one without (offsets unchanged).
/// </summary>
public sealed class FoldedTextTests
{
    [Fact]
    public void TextWithoutWhiteSpaceKeepsItsOffsets()
    {
        // Full-width digits and comma fold; nothing is removed, so offsets stay where they were.
        const string printed = "到２０２５年，长吉琿大通道建成";
        var folded = FoldedText.Of(printed);

        Assert.Equal("到2025年,长吉珲大通道建成", folded.Text);
        var at = folded.Text.IndexOf("长吉珲", StringComparison.Ordinal);
        Assert.Equal((at, 3), folded.ToOriginal(at, 3));
        Assert.Equal("长吉琿", folded.OriginalText(at, 3));
        Assert.False(folded.BoundaryBefore(at));
        Assert.Equal((printed.Length, 0), folded.ToOriginal(folded.Text.Length, 0));
    }

    [Fact]
    public void TextWithoutAnythingToFoldIsTheSameString()
    {
        const string printed = "长春海吉星交易中心项目";
        Assert.Same(printed, FoldedText.Of(printed).Text);
    }

    [Theory]
    [InlineData('\u3000')] // ideographic space, between the words of the city plan's headings
    [InlineData('\u00A0')] // no-break space, from DOCX extraction
    [InlineData('\u2003')] // em space
    [InlineData('\u0085')] // next line
    [InlineData('\u205F')]
    public void EveryKindOfWhiteSpaceIsRemoved(char space)
    {
        var folded = FoldedText.Of($"长春{space}新区");
        Assert.Equal("长春新区", folded.Text);
        Assert.True(folded.BoundaryBefore(2));
        Assert.Equal((3, 2), folded.ToOriginal(2, 2));
    }

    [Fact]
    public void ZeroWidthSpaceIsNotWhiteSpace()
    {
        // Not white space to .NET either: kept, so a name split by one still reads as printed.
        Assert.Equal("长春\u200B新区", FoldedText.Of("长春\u200B新区").Text);
    }

    [Fact]
    public void WhiteSpaceIsRemovedAndRememberedAsABoundary()
    {
        // As the city plan's title prints it across a PDF line: spaces inside the name.
        const string printed = "和 2035 年远景目标\t纲要";
        var folded = FoldedText.Of(printed);

        Assert.Equal("和2035年远景目标纲要", folded.Text);
        var year = folded.Text.IndexOf("2035", StringComparison.Ordinal);
        Assert.True(folded.BoundaryBefore(year));
        Assert.Equal("2035 年", folded.OriginalText(year, 5));
        var outline = folded.Text.IndexOf("纲要", StringComparison.Ordinal);
        Assert.True(folded.BoundaryBefore(outline));
        Assert.Equal(printed.IndexOf("纲要", StringComparison.Ordinal), folded.ToOriginal(outline, 2).Start);
    }

    [Theory]
    // White space before the first character, runs of several kinds, and after the last.
    [InlineData("\u3000 长春 新区\t\t经济技术 开发区  ")]
    [InlineData("长 春 新 区")]
    [InlineData(" 长春新区")]
    public void EveryCharacterMapsBackToWhereItIsPrinted(string printed)
    {
        var folded = FoldedText.Of(printed);

        // Reference: the printed offset of each character kept, and whether white space came before it.
        var offsets = new List<int>();
        var boundaries = new List<bool>();
        var afterSpace = false;
        for (var i = 0; i < printed.Length; i++)
        {
            if (char.IsWhiteSpace(printed[i]))
            {
                afterSpace = offsets.Count > 0;
                continue;
            }
            offsets.Add(i);
            boundaries.Add(afterSpace);
            afterSpace = false;
        }
        Assert.Equal(offsets.Count, folded.Text.Length);
        for (var i = 0; i < offsets.Count; i++)
        {
            Assert.Equal((offsets[i], 1), folded.ToOriginal(i, 1));
            Assert.Equal(boundaries[i], folded.BoundaryBefore(i));
        }
        Assert.Equal((offsets[0], offsets[^1] - offsets[0] + 1), folded.ToOriginal(0, folded.Text.Length));
        Assert.False(folded.BoundaryBefore(folded.Text.Length));
        Assert.Equal((printed.Length, 0), folded.ToOriginal(folded.Text.Length, 0));
    }
}
