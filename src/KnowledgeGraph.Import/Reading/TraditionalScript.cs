namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// A plan printed in traditional characters (規劃綱要, 國民經濟, 億元), as some sites mirror them: the
/// rules, the place and strategy gazetteers all read simplified Chinese, so such a text would import
/// as a graph of nothing. It is told by the characters plans print most whose forms differ, counted
/// in its opening lines against their simplified forms, and refused with what to do.
/// </summary>
internal static class TraditionalScript
{
    private const string Traditional = "國經濟會發規劃綱區縣長達億與為這個對時實現體產業設進務權標擴點營農環態鎮開";
    private const string Simplified = "国经济会发规划纲区县长达亿与为这个对时实现体产业设进务权标扩点营农环态镇开";

    private static readonly System.Buffers.SearchValues<char> TraditionalForms = System.Buffers.SearchValues.Create(Traditional);
    private static readonly System.Buffers.SearchValues<char> SimplifiedForms = System.Buffers.SearchValues.Create(Simplified);

    /// <summary>How many lines are looked at: a text in one script is so throughout.</summary>
    private const int OpeningLines = 400;

    public static void Check(string fileName, IReadOnlyList<string> lines)
    {
        int traditional = 0, simplified = 0;
        int? first = null;
        for (var i = 0; i < lines.Count && i < OpeningLines; i++)
        {
            var line = lines[i].AsSpan();
            var t = Count(line, TraditionalForms);
            if (t > 0) first ??= i + 1;
            traditional += t;
            simplified += Count(line, SimplifiedForms);
        }
        if (traditional >= 10 && traditional > 2 * simplified)
        {
            throw new PlanInputException(fileName, first,
                "the text is printed in traditional characters (規劃, 國民經濟, 億元); plans are read in simplified Chinese: "
                + "convert the file (for example `opencc -c t2s.json -i plan.txt -o plan-simplified.txt`) and import it again");
        }
    }

    private static int Count(ReadOnlySpan<char> line, System.Buffers.SearchValues<char> forms)
    {
        var count = 0;
        for (var at = line.IndexOfAny(forms); at >= 0; at = line.IndexOfAny(forms))
        {
            count++;
            line = line[(at + 1)..];
        }
        return count;
    }
}
