namespace KnowledgeGraph.Import.Extraction.Projects;

/// <summary>
/// A name that puts several quoted programmes before one shared word (“三早育苗”“明德知礼”工程,
/// 用煤领域“煤改气”“煤改电”“煤改生”替代工程) names one project per quote: each takes the words
/// before and after the series (“三早育苗”工程, 用煤领域“煤改气”替代工程). Quotes apart
/// (“工业锈带”向“文化秀带”转型工程) are one name.
/// </summary>
internal static class QuotedSeries
{
    public static IReadOnlyList<string> Names(string name)
    {
        var first = name.IndexOf('“');
        if (first < 0) return [name];
        var quotes = new List<(int Start, int End)>();
        var at = first;
        while (at < name.Length && name[at] == '“')
        {
            var close = name.IndexOf('”', at + 1);
            if (close < 0) return [name];
            quotes.Add((at, close + 1));
            at = close + 1;
        }
        // The series must be followed by the shared word: a name ending in its last quote is a slogan, not a series.
        if (quotes.Count < 2 || at >= name.Length) return [name];
        var before = name[..first];
        var after = name[at..];
        return quotes.ConvertAll(q => string.Concat(before, name.AsSpan(q.Start, q.End - q.Start), after));
    }
}
