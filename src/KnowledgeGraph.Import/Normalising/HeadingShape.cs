namespace KnowledgeGraph.Import.Normalising;

/// <summary>The numbering scheme of a heading, from the widest division to the narrowest.</summary>
public enum HeadingMarker
{
    /// <summary>前言, 结束语, 名词解释…: unnumbered divisions that stand at the top level.</summary>
    Named,
    /// <summary>第X篇, or 第X部分 in plans that name their parts so</summary>
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
    /// <summary>1.1, 1.1.1 under 第1章 (a special plan's numbering); the dots give the depth.</summary>
    Decimal,
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
public static class HeadingShapes
{
    private static readonly char[] TitleEnds = ['·', '.', ' ', '\t'];

    private static readonly HashSet<string> NamedDivisions = new(StringComparer.Ordinal)
    {
        "前言", "序言", "引言", "结束语", "结语", "名词解释", "附件", "附表", "附录",
    };

    /// <summary>The shape of each heading paragraph (null for the others and for headings without one), by index.</summary>
    public static HeadingShape?[] OfHeadings(IReadOnlyList<Paragraph> paragraphs)
    {
        var shapes = new HeadingShape?[paragraphs.Count];
        for (var i = 0; i < shapes.Length; i++)
        {
            if (paragraphs[i].Kind == ParagraphKind.Heading) shapes[i] = Of(paragraphs[i]) ?? MatchDecimal(paragraphs[i].Text);
        }
        return shapes;
    }

    /// <summary>A paragraph's heading shape, with the number the contents give a heading printed without one.</summary>
    public static HeadingShape? Of(Paragraph paragraph) =>
        paragraph.ContentsNumber is { } number ? Match(number + paragraph.Text) : Match(paragraph.Text);

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
            if (NamedDivisions.Contains(compact) || IsNumberedAttachment(compact)) return new HeadingShape(HeadingMarker.Named, "", compact);
        }
        if (text[0] is not ('第' or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '（' or '(') && !char.IsDigit(text[0])) return null;

        // Read by hand rather than by regex: every line and paragraph is asked several times, and a
        // regex match allocates its match, groups and strings even for lines that are then turned away
        // (a third of a gigabyte in a 100× import).
        if (Division(text) is { } division)
        {
            var (number, rest) = division;
            var title = CleanTitle(rest);
            if (!LooksLikeTitle(title, allowEmpty: true)) return null;
            var level = number[^1] switch { '篇' or '分' => HeadingMarker.Part, '章' => HeadingMarker.Chapter, _ => HeadingMarker.Section };
            return new HeadingShape(level, number, title);
        }
        if (Numbered(text, out var marker, out var kind) && Title(text, marker, digitAfter: kind == HeadingMarker.Arabic) is { } range)
        {
            var title = text[range.Start..range.End];
            if (!LooksLikeTitle(title) || (kind == HeadingMarker.Arabic && title.Length > 30)) return null;
            var number = text[..marker];
            if (kind == HeadingMarker.ChineseNumeral && number[^1] == '、' && number.Length > 1 && number[^2] is ' ' or '\u3000') number = number.TrimEnd('、').TrimEnd() + "、";
            else if (kind == HeadingMarker.ParenNumeral && number[^1] == '、') number = number[..^1];
            return new HeadingShape(kind, number, CleanTitle(title));
        }
        return null;
    }

    /// <summary>
    /// The shape of a decimal-numbered heading (1.1 发展现状, 2.2.1近期目标): two to four numbers of one or
    /// two digits joined by dots, then a short title that does not open with a unit (1.5亿人次 is a
    /// figure). Not part of <see cref="Match"/>: a line opening with such a figure is common in running
    /// text, so the normaliser takes it for a heading only where the chapter it is under has the number
    /// it starts with.
    /// </summary>
    public static HeadingShape? MatchDecimal(string text)
    {
        if (text.Length < 4 || text.Length > 80 || !char.IsAsciiDigit(text[0])) return null;
        var i = 0;
        var parts = 0;
        while (true)
        {
            var start = i;
            while (i < text.Length && i - start < 3 && char.IsAsciiDigit(text[i])) i++;
            if (i == start || i - start > 2) return null;
            parts++;
            if (i < text.Length && text[i] is '.' or '．' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
                continue;
            }
            break;
        }
        if (parts is < 2 or > 4) return null;
        var number = text[..i].Replace('．', '.');
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is '、')) i++;
        if (i == text.Length || LineEnd(text, i) is not { } end || end <= i) return null;
        var title = text[i..end];
        if (!TextFolding.IsCjk(title[0]) || UnitStarts.Contains(title[0]) || title.Length > 30 || !LooksLikeTitle(title)) return null;
        return new HeadingShape(HeadingMarker.Decimal, number, CleanTitle(title));
    }

    /// <summary>The number a decimal heading's first part must match: its chapter's (1 for 1.2.3).</summary>
    public static int DecimalChapter(HeadingShape decimalShape) =>
        int.Parse(decimalShape.Number.AsSpan(0, decimalShape.Number.IndexOf('.')), System.Globalization.CultureInfo.InvariantCulture);

    // What a figure's unit opens with (1.5亿人次, 3.5万平方米, 2.5倍): not a title.
    private static readonly System.Buffers.SearchValues<char> UnitStarts = System.Buffers.SearchValues.Create("万亿千百十个元吨公平米亩人户家项台座辆所条处次倍年月日天小分秒度岁名件位只头套批");

    /// <summary>
    /// 第X篇 / 第X部分 / 第X章 / 第X节, then spaces, a colon or a 、, then the title (possibly empty). Other
    /// plans' PDF extractions space the number out (第 1 章, 第 三 章): the number is given without the spaces.
    /// </summary>
    private static (string Number, string Title)? Division(string text)
    {
        if (text[0] != '第' || text.Length < 3) return null;
        var i = SkipSpaces(text, 1);
        var digits = i;
        // 第一章, and 第1章 in plans that number their divisions in digits.
        if (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            while (i < text.Length && i - digits < 3 && char.IsAsciiDigit(text[i])) i++;
        }
        else
        {
            while (i < text.Length && IsNumeral(text[i], withZero: true)) i++;
        }
        if (i == digits) return null;
        var numeralEnd = i;
        var unit = SkipSpaces(text, i);
        if (unit >= text.Length) return null;
        var unitLength = text[unit] == '部' && unit + 1 < text.Length && text[unit + 1] == '分' ? 2 : 1;
        if (unitLength == 1 && text[unit] is not ('篇' or '章' or '节')) return null;
        i = unit + unitLength;
        var number = digits == 1 && numeralEnd == unit ? text[..i] : string.Concat("第", text.AsSpan(digits, numeralEnd - digits), text.AsSpan(unit, unitLength));
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is ':' or '：' or '、')) i++;
        return LineEnd(text, i) is { } end ? (number, text[i..end]) : null;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\u3000') i++;
        return i;
    }

    /// <summary>一、 / （一） / 1. — the marker's end and its kind.</summary>
    private static bool Numbered(string text, out int end, out HeadingMarker kind)
    {
        end = 0;
        kind = HeadingMarker.ChineseNumeral;
        var i = 0;
        if (IsNumeral(text[0], withZero: false))
        {
            // 一、 and, in other plans, 一．/一. or a space before the 、 (三 、).
            while (i < text.Length && IsNumeral(text[i], withZero: false)) i++;
            var mark = i;
            while (i < text.Length && text[i] is ' ' or '\u3000') i++;
            if (i == text.Length || !(text[i] == '、' || (i == mark && text[i] is '.' or '．'))) return false;
        }
        else if (text[0] is '（' or '(')
        {
            kind = HeadingMarker.ParenNumeral;
            i = 1;
            while (i < text.Length && IsNumeral(text[i], withZero: false)) i++;
            if (i == 1 || i == text.Length || text[i] is not ('）' or ')')) return false;
            // （二）、社会目标: the 、 some plans print after the bracket is not the title's.
            if (i + 1 < text.Length && text[i + 1] == '、') i++;
        }
        else
        {
            kind = HeadingMarker.Arabic;
            while (i < text.Length && i < 3 && char.IsDigit(text[i])) i++;
            if (i is 0 or 3 || i == text.Length || text[i] is not ('.' or '．' or '、')) return false;
        }
        end = i + 1;
        return true;
    }

    /// <summary>
    /// Where the title starts after a numbered marker: past the spaces, and never empty. When the
    /// title may not open with a digit (1. 2025年…) and one follows the spaces, it opens with the last
    /// space instead, as the shape always allowed.
    /// </summary>
    private static (int Start, int End)? Title(string text, int from, bool digitAfter)
    {
        var i = from;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        var start = i < text.Length && !(digitAfter && char.IsDigit(text[i])) ? i : i - 1;
        if (start < from) return null;
        // A title opening with a space may open with a line break only where it must not open with a digit.
        var opensWithSpace = start < i;
        if (opensWithSpace && !digitAfter && text[start] == '\n') return null;
        return LineEnd(text, opensWithSpace ? start + 1 : start) is { } end && end > start ? (start, end) : null;
    }

    /// <summary>The end of the title from <paramref name="start"/>: a title is one line (a final line break is not part of it).</summary>
    private static int? LineEnd(string text, int start)
    {
        var at = text.IndexOf('\n', start);
        if (at < 0) return text.Length;
        return at == text.Length - 1 ? at : null;
    }

    private static bool IsNumeral(char c, bool withZero) =>
        c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十'
        || (withZero && c is '百' or '零' or '〇' or '两');


    /// <summary>“附件1”, “附件二”, “附录3”: one of several attachments after the plan's last chapter, a division as 附件 is.</summary>
    private static bool IsNumberedAttachment(string compact) =>
        compact.Length is 3 or 4 && (compact.StartsWith("附件", StringComparison.Ordinal) || compact.StartsWith("附录", StringComparison.Ordinal))
        && (compact.AsSpan(2).IndexOfAnyExceptInRange('0', '9') < 0 || ChineseNumerals.Parse(compact[2..]) is not null);

    /// <summary>The title of a division that holds what the plan appends (附表, 附件, 附件1, 附录…).</summary>
    public static bool IsAppendixTitle(string title) =>
        title is "附表" or "附件" or "附录" || IsNumberedAttachment(title);

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
