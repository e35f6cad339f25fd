namespace KnowledgeGraph.Import.Normalising;

/// <summary>
/// How other plans mark a list's items beyond the numbering headings use: bullets and numbers with
/// a leading zero. The normaliser starts a paragraph at each; the box rules take the mark off the item.
/// </summary>
public static class ItemMarks
{
    /// <summary>The bullets (● ■ ◆ ★ ➢ √ · …); the table mark ▲ is not one.</summary>
    public const string Bullets = "●■◆▪•▶►◇□○◎★☆➢➤√✓✔▸◦‣❖·";

    /// <summary>
    /// “● 南关区…改造项目”, “- 黑土地保护：…”: no wrapped sentence goes on with a bullet. A middle dot only before
    /// a space or an ideograph: a wrap may cut a name before its dot (“旗 / ·E 春城”).
    /// </summary>
    public static bool IsBulleted(string text) =>
        text.Length > 1 && ((Bullets.Contains(text[0]) && (text[0] != '·' || text[1] is ' ' or '\u3000' || TextFolding.IsCjk(text[1]))) || ListMarkLength(text) > 0);

    /// <summary>
    /// The length of a list mark as Markdown and some plans print it (“- ”, “* ”, “+ ” before an item's name:
    /// 004 line 5638, - 黑土地保护：…; - “两车”装备制造…项目; - 87中分校新建项目), or 0. Not a dash before a figure
    /// and a space, a table's empty cell (- 10 - 预期性). The line keeps its mark, so a quote reads as the plan prints it.
    /// </summary>
    public static int ListMarkLength(ReadOnlySpan<char> text)
    {
        if (text.Length < 3 || text[0] is not ('-' or '*' or '+')) return 0;
        var at = 1;
        while (at < text.Length && text[at] is ' ' or '\u3000') at++;
        if (at == 1 || at >= text.Length) return 0;
        var first = text[at];
        if (TextFolding.IsCjk(first) || first is '“' or '《' or '（' or '「') return at;
        var digits = at;
        while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
        return digits > at && digits < text.Length && TextFolding.IsCjk(text[digits]) ? at : 0;
    }

    /// <summary>
    /// “01 南关区幸福街道老旧小区改造项目”: a wrapped sentence may go on with a number (“…增长” / “6 个百分点”),
    /// but not with 01–09 and a space.
    /// </summary>
    public static bool IsPaddedNumber(string text) =>
        text.Length > 3 && text[0] == '0' && text[1] is >= '1' and <= '9' && text[2] is ' ' or '\u3000' && TextFolding.IsCjk(text[3]);

    /// <summary>
    /// The number of a numbered item (“2.九台物流中心项目：…”, “12、…”), or null: one or two digits, a stop
    /// or 、, then an ideograph (a figure such as 2.5% goes on with a digit).
    /// </summary>
    public static int? ItemNumber(ReadOnlySpan<char> text)
    {
        var digits = 0;
        while (digits < text.Length && digits < 3 && char.IsAsciiDigit(text[digits])) digits++;
        if (digits is not (1 or 2) || digits + 1 >= text.Length || text[digits] is not ('.' or '．' or '、') || !TextFolding.IsCjk(text[digits + 1])) return null;
        return int.Parse(text[..digits], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The number a table row printed with spaced cells opens with (“3 城镇调查失业率 % …”, “12　…”), or null.</summary>
    public static int? RowNumber(string text)
    {
        var digits = 0;
        while (digits < text.Length && digits < 3 && char.IsAsciiDigit(text[digits])) digits++;
        if (digits is not (1 or 2) || digits >= text.Length || !char.IsWhiteSpace(text[digits])) return null;
        return int.Parse(text.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static readonly System.Buffers.SearchValues<char> LabelBreaks = System.Buffers.SearchValues.Create("。，、；：:,");

    /// <summary>
    /// A line opening with a short field label and its colon (建设内容：…, 总投资：…, 建设地点：…): an item's
    /// fields printed one per line, each a unit of its own.
    /// </summary>
    public static bool OpensField(string text)
    {
        var colon = text.AsSpan(0, Math.Min(text.Length, 9)).IndexOfAny('：', ':');
        return colon is >= 2 and <= 8 && text.AsSpan(0, colon).IndexOfAny(LabelBreaks) < 0;
    }
}
