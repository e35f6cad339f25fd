using System.Text.RegularExpressions;

namespace KnowledgeGraph.Import.Extraction.Goals;

/// <summary>
/// “城镇、农村居民人均可支配收入分别达到5万元和2.5万元”: a target with several subjects before 分别 and
/// as many values after its verb, each subject its own aim.
/// </summary>
internal static class RespectiveValues
{
    /// <summary>
    /// The subjects before 分别 paired with the values the target lists, in order, when there are as
    /// many of each (two at least); else null. Subjects are split at 、, or else at one 和/与/及.
    /// </summary>
    public static List<(int Start, string Subject, Match Value)>? Pair(string clause, int subjectStart, Match m)
    {
        var subject = clause.AsSpan(subjectStart, m.Index - subjectStart).TrimEnd();
        if (!subject.EndsWith("分别")) return null;
        var values = new List<Match> { m };
        for (var next = AimPatterns.NextValue().Match(clause, m.Index + m.Length); next.Success; next = AimPatterns.NextValue().Match(clause, next.Index + next.Length))
        {
            values.Add(next);
        }
        if (values.Count < 2) return null;
        var end = subjectStart + subject.Length - 2;
        var pieces = Pieces(clause, subjectStart, end, ['、']);
        if (pieces.Count == 1) pieces = Pieces(clause, subjectStart, end, ['和', '与', '及']);
        if (pieces.Count != values.Count || pieces.Exists(p => p.Text.Length < 2)) return null;
        return [.. pieces.Select((p, i) => (p.Start, p.Text, values[i]))];
    }

    private static List<(int Start, string Text)> Pieces(string clause, int start, int end, char[] separators)
    {
        var pieces = new List<(int, string)>();
        var from = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && Array.IndexOf(separators, clause[i]) < 0) continue;
            var text = clause[from..i].Trim();
            pieces.Add((from + (clause[from..i].Length - clause[from..i].TrimStart().Length), text));
            from = i + 1;
        }
        return pieces;
    }
}
