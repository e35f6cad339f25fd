using System.Text.RegularExpressions;

namespace KnowledgeGraph.Import.Normalising;

/// <summary>The numbering scheme of a heading, from the widest division to the narrowest.</summary>
public enum HeadingMarker
{
    /// <summary>前言, 结束语, 名词解释…: unnumbered divisions that stand at the top level.</summary>
    Named,
    /// <summary>第X篇</summary>
    Part,
    /// <summary>第X章</summary>
    Chapter,
    /// <summary>第X节</summary>
    Section,
    /// <summary>一、</summary>
    ChineseNumeral,
    /// <summary>（一）</summary>
    ParenNumeral,
    /// <summary>1.</summary>
    Arabic,
    /// <summary>A DOCX heading with no number (its level is inferred).</summary>
    Unnumbered,
}

/// <summary>A line that is shaped like a heading: its marker, the number as printed and the title.</summary>
public sealed record HeadingShape(HeadingMarker Marker, string Number, string Title)
{
    /// <summary>Headings are short; a numbered line longer than this is a list item of running text.</summary>
    public const int MaxTitleLength = 40;
}

/// <summary>Recognises heading shapes by their printed numbering.</summary>
public static partial class HeadingShapes
{
    private static readonly char[] TitleEnds = ['·', '.', ' ', '\t'];

    [GeneratedRegex(@"^(第[一二三四五六七八九十百零〇两]+[篇章节])[\s\u3000:：]*(.*)$")]
    private static partial Regex Division();

    [GeneratedRegex(@"^([一二三四五六七八九十]+、)[\s\u3000]*(.+)$")]
    private static partial Regex ChineseNumeral();

    [GeneratedRegex(@"^([（(][一二三四五六七八九十]+[）)])[\s\u3000]*(.+)$")]
    private static partial Regex ParenNumeral();

    [GeneratedRegex(@"^(\d{1,2}[.．、])[\s\u3000]*(\D.*)$")]
    private static partial Regex Arabic();

    private static readonly HashSet<string> NamedDivisions = new(StringComparer.Ordinal)
    {
        "前言", "序言", "引言", "结束语", "结语", "名词解释", "附件", "附表", "附录",
    };

    /// <summary>The heading shape of a cleaned line, or null when the line is not shaped like one.</summary>
    public static HeadingShape? Match(string text)
    {
        if (text.Length == 0 || text.Length > 80) return null;

        // Every line of every file is asked: the named divisions are a few characters long, and each
        // numbered shape is known by its first character, so most lines are turned away before a regex.
        if (MayBeNamed(text))
        {
            var compact = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal)
                .TrimEnd(':', '：');
            if (NamedDivisions.Contains(compact)) return new HeadingShape(HeadingMarker.Named, "", compact);
        }
        if (text[0] is not ('第' or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '（' or '(') && !char.IsDigit(text[0])) return null;

        var m = Division().Match(text);
        if (m.Success)
        {
            var number = m.Groups[1].Value;
            var title = CleanTitle(m.Groups[2].Value);
            if (!LooksLikeTitle(title, allowEmpty: true)) return null;
            var marker = number[^1] switch { '篇' => HeadingMarker.Part, '章' => HeadingMarker.Chapter, _ => HeadingMarker.Section };
            return new HeadingShape(marker, number, title);
        }

        m = ChineseNumeral().Match(text);
        if (m.Success && LooksLikeTitle(m.Groups[2].Value))
        {
            return new HeadingShape(HeadingMarker.ChineseNumeral, m.Groups[1].Value, CleanTitle(m.Groups[2].Value));
        }

        m = ParenNumeral().Match(text);
        if (m.Success && LooksLikeTitle(m.Groups[2].Value))
        {
            return new HeadingShape(HeadingMarker.ParenNumeral, m.Groups[1].Value, CleanTitle(m.Groups[2].Value));
        }

        m = Arabic().Match(text);
        if (m.Success && LooksLikeTitle(m.Groups[2].Value) && m.Groups[2].Value.Length <= 30)
        {
            return new HeadingShape(HeadingMarker.Arabic, m.Groups[1].Value, CleanTitle(m.Groups[2].Value));
        }
        return null;
    }

    /// <summary>At most as many characters besides spaces and colons as the longest named division.</summary>
    private static bool MayBeNamed(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is ' ' or '\u3000' or ':' or '：') continue;
            if (++count > MaxNamedLength) return false;
        }
        return true;
    }

    private const int MaxNamedLength = 4;

    /// <summary>
    /// A title is short and does not read as a sentence: it has no full stop and does not end in
    /// a clause mark (a numbered line that does is a list item).
    /// </summary>
    public static bool LooksLikeTitle(string title, bool allowEmpty = false)
    {
        var t = title.Trim();
        if (t.Length == 0) return allowEmpty;
        if (t.Length > HeadingShape.MaxTitleLength) return false;
        if (t.Contains('。') || t.Contains('；')) return false;
        var last = t[^1];
        return last is not ('，' or '、' or '：' or ':' or ',' or ';');
    }

    /// <summary>Collapses the spaces PDF extraction puts between title characters (“布 局” → “布局”) and strips markup.</summary>
    public static string CleanTitle(string title)
    {
        var t = title.Replace("**", "", StringComparison.Ordinal).Trim().TrimEnd(TitleEnds);
        return TextFolding.CollapseCjkSpaces(t);
    }
}
