namespace KnowledgeGraph.Import.Normalising;

/// <summary>
/// The numbers of headings that the body prints without them and the table of contents prints with
/// them: a word processor's automatic numbering (第一章, 一、…) is lost when its text is saved, while the
/// contents keep it as text. Each contents entry is looked for, in order, as a body line of its title
/// alone; the numbers are given only where most entries are found so (a plan printing its numbers finds
/// them with their numbers, and nothing is given).
/// </summary>
public static class ContentsNumbers
{
    // An entry the body does not print (a heading reworded) is passed over: the next few are tried too.
    private const int Lookahead = 4;

    /// <summary>
    /// The number for each line index that prints a contents entry's title alone (empty where neither the
    /// contents nor the body number anything), or null.
    /// </summary>
    public static Dictionary<int, string>? Find(TextLine[] lines)
    {
        var entries = new List<(string Number, string Title, string Numbered)>();
        var plain = new List<(string Number, string Title, string Numbered)>();
        var body = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Role != LineRole.Contents) continue;
            body = i + 1;
            if (TableOfContents.ListedHeading(lines, i) is not { } heading) continue;
            var shape = HeadingShapes.Match(heading);
            if (shape is null && TableOfContents.Compact(heading) is { Length: >= 2 } title) plain.Add(("", title, ""));
            if (shape is not { Number.Length: > 0, Title.Length: > 0 } || shape.Marker is HeadingMarker.Named or HeadingMarker.Arabic) continue;
            entries.Add((shape.Number, TableOfContents.Compact(shape.Title), TableOfContents.Compact(heading)));
        }
        // Contents that number nothing, over a body that numbers nothing and marks no heading (the numbers lost
        // on both sides, as a converter that drops automatic numbering prints them): a body line printing an
        // entry's title alone is a heading, however long, as running text wrapped near its width is not.
        if (entries.Count < 3 && plain.Count >= 3 && !lines.Any(l => l.Bookmarks > 0)) entries = plain;
        if (entries.Count < 3) return null;

        var numbers = new Dictionary<int, string>();
        var numbered = 0;
        var next = 0;
        for (var i = body; i < lines.Length && next < entries.Count; i++)
        {
            var line = lines[i];
            if (line.Role != LineRole.Content || line.Text.Length > 2 * HeadingShape.MaxTitleLength || line.Text.Contains('\t')) continue;
            var text = TableOfContents.Compact(line.Text);
            for (var k = next; k < Math.Min(entries.Count, next + Lookahead); k++)
            {
                if (text == entries[k].Numbered) numbered++;
                else if (text == entries[k].Title && HeadingShapes.Match(line.Text) is null) numbers[i] = entries[k].Number;
                else continue;
                next = k + 1;
                break;
            }
        }
        return numbers.Count > numbered && numbers.Count * 2 >= entries.Count ? numbers : null;
    }
}
