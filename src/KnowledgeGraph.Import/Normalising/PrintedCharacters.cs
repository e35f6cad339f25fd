using System.Buffers;
using System.Net;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Import.Normalising;

/// <summary>
/// The characters of a line as the rules read them, whichever form a converter printed them in: HTML
/// markup of text (&lt;p&gt;, &lt;br&gt;, &lt;span …&gt;) dropped, HTML entities decoded, titles typed &lt;&lt;…&gt;&gt; as 《…》, invisible characters dropped, full-width digits and letters as ASCII, clause marks
/// printed half-width in Chinese text as full-width, and no-break spaces as spaces. The straight quotes
/// are read apart (<see cref="QuoteMarks"/>): which one opens depends on the lines before.
/// </summary>
public static partial class PrintedCharacters
{
    private static readonly SearchValues<char> OtherSpaces = SearchValues.Create("\u00A0\u2002\u2003\u2009\u202F");
    private static readonly SearchValues<char> AsciiClauseMarks = SearchValues.Create(",;:?!");
    private static readonly SearchValues<char> Invisibles = SearchValues.Create("\u200B\u200C\u200D\u2060\uFEFF\u00AD");

    // Every character some step below rewrites: most lines hold none, and are looked at once.
    private static readonly SearchValues<char> Rewritten = SearchValues.Create(
        "&<>〈〉,;:?!\u00A0\u2002\u2003\u2009\u202F\u200B\u200C\u200D\u2060\uFEFF\u00AD\uFF0E"
        + string.Concat(Enumerable.Range(0xFF10, 10).Concat(Enumerable.Range(0xFF21, 26)).Concat(Enumerable.Range(0xFF41, 26)).Select(c => (char)c)));

    /// <summary>
    /// A table's row read from its line as printed, whose tabs and spaces place its cells: its characters as
    /// <see cref="AsRead"/> reads them, and its quotes opening and closing inside it (<see cref="QuoteMarks.InLine"/>).
    /// </summary>
    public static string RowAsRead(string raw) => QuoteMarks.InLine(AsRead(raw));

    public static string AsRead(string text)
    {
        if (text.AsSpan().IndexOfAny(Rewritten) < 0) return text;
        return PlainSpaces(FullWidthClauseMarks(HalfWidthAlphanumerics(WithoutInvisibles(SingleTitleMarks(TitleMarks(HtmlEntities(WithoutTags(text))))))));
    }

    // The tags a web page or a converter sets around and inside running text; tables are read apart (HtmlTables).
    [GeneratedRegex(@"</?(?:p|br|div|span|font|strong|b|i|em|u|sup|sub|section|article|h[1-6])\b[^<>]*?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex TextTag();

    /// <summary>
    /// A plan copied out of a web page's source, or converted to Markdown that keeps some HTML: the markup of
    /// its text (&lt;p&gt;第一章 总体要求&lt;/p&gt;, a &lt;br&gt; inside a paragraph) dropped. Only the tags of text: a
    /// 《title》 typed &lt;…&gt; and a comparison (PM2.5&lt;35) are no tags.
    /// </summary>
    public static string WithoutTags(string text) =>
        text.Contains('<') && text.Contains('>') ? TextTag().Replace(text, "") : text;

    /// <summary>
    /// A title typed between doubled ASCII angle brackets (&lt;&lt;中华人民共和国土地管理法&gt;&gt;) as the 《…》 plans print;
    /// each mark on its own, as a title may wrap between them. Plans print no other doubled angle.
    /// </summary>
    public static string TitleMarks(string text) =>
        text.Contains("<<", StringComparison.Ordinal) || text.Contains(">>", StringComparison.Ordinal)
            ? text.Replace("<<", "《", StringComparison.Ordinal).Replace(">>", "》", StringComparison.Ordinal)
            : text;

    /// <summary>
    /// A title between single title marks where no 《…》 holds it (〈中华人民共和国土地管理法〉, as a printing that marks
    /// every title so prints it) as the 《…》 plans print. Inside 《…》 they mark a title within a title and stay
    /// (《关于〈…〉的说明》). A closing mark with none open in its line closes a title wrapped from the line before.
    /// </summary>
    public static string SingleTitleMarks(string text)
    {
        if (text.AsSpan().IndexOfAny('〈', '〉') < 0) return text;
        var chars = text.ToCharArray();
        // What each open mark is: a 《 (B), a 〈 read as 《 (C), a 〈 inside a title (N).
        Span<char> open = stackalloc char[16];
        var depth = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            switch (chars[i])
            {
                case '《' when depth < open.Length:
                    open[depth++] = 'B';
                    break;
                case '》' when depth > 0 && open[depth - 1] == 'B':
                    depth--;
                    break;
                case '〈' when depth < open.Length:
                    open[depth] = depth == 0 ? 'C' : 'N';
                    if (open[depth++] == 'C') chars[i] = '《';
                    break;
                case '〉':
                    if (depth == 0 || open[depth - 1] == 'C') chars[i] = '》';
                    if (depth > 0 && open[depth - 1] is 'C' or 'N') depth--;
                    break;
            }
        }
        return new string(chars);
    }

    /// <summary>
    /// Entities a plan copied out of a web page's source keeps (&amp;ldquo;一主六双&amp;rdquo;, &amp;nbsp;, &amp;#12289;) as
    /// the characters they stand for. A line without a complete entity is left as it is (R&amp;D).
    /// </summary>
    public static string HtmlEntities(string text)
    {
        var amp = text.IndexOf('&');
        return amp < 0 || text.IndexOf(';', amp) < 0 ? text : WebUtility.HtmlDecode(text);
    }

    /// <summary>Zero-width spaces and joiners, a byte-order mark inside the text and soft hyphens: a web page's, printing nothing.</summary>
    public static string WithoutInvisibles(string text)
    {
        if (text.AsSpan().IndexOfAny(Invisibles) < 0) return text;
        return string.Create(text.Length - Count(text), text, static (chars, source) =>
        {
            var n = 0;
            foreach (var c in source)
            {
                if (!Invisibles.Contains(c)) chars[n++] = c;
            }
        });

        static int Count(string text)
        {
            var count = 0;
            foreach (var c in text)
            {
                if (Invisibles.Contains(c)) count++;
            }
            return count;
        }
    }

    /// <summary>
    /// Full-width digits, Latin letters and the full-width full stop as their ASCII forms (２０２５年 is
    /// 2025年, ６．５ is 6.5): some plans are typed so, and every rule reads numbers in ASCII. One
    /// character for one, so offsets into the line stay those of the line as printed.
    /// </summary>
    public static string HalfWidthAlphanumerics(string text)
    {
        // Every line is asked: one vectorised search for the block, then a look at the few characters
        // after the first hit (the block also holds ： and ；, which most lines print).
        var span = text.AsSpan();
        var at = span.IndexOfAnyInRange('\uFF0E', '\uFF5A');
        if (at < 0) return text;
        while (at < span.Length && !IsFullWidthAlphanumeric(span[at])) at++;
        if (at == span.Length) return text;
        return string.Create(text.Length, text, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                chars[i] = IsFullWidthAlphanumeric(c) ? (char)(c - 0xFEE0) : c;
            }
        });
    }

    /// <summary>
    /// No-break, en, em and thin spaces as the space they print (a plan copied from a web page prints
    /// &amp;nbsp; between 第一章 and its title). The ideographic space stays: rules read it as itself.
    /// </summary>
    public static string PlainSpaces(string text)
    {
        var at = text.AsSpan().IndexOfAny(OtherSpaces);
        if (at < 0) return text;
        var chars = text.ToCharArray();
        for (; at < chars.Length; at++)
        {
            if (OtherSpaces.Contains(chars[at])) chars[at] = ' ';
        }
        return new string(chars);
    }

    /// <summary>
    /// A comma, semicolon, colon, question or exclamation mark printed half-width in Chinese text
    /// (an extraction normalised to NFKC prints every ，so) as the full-width mark the rules read: one
    /// after an ideograph or before one (基底,着力 / 技术创新平台:国家…). Between digits or Latin letters it
    /// stays (1,000 / 8:30 / http:). One character for one.
    /// </summary>
    public static string FullWidthClauseMarks(string text)
    {
        var at = text.AsSpan().IndexOfAny(AsciiClauseMarks);
        if (at < 0) return text;
        char[]? chars = null;
        while (at >= 0)
        {
            var before = at > 0 ? text[at - 1] : ' ';
            var after = at + 1 < text.Length ? text[at + 1] : ' ';
            if (IsChinese(before) || IsChinese(after)) (chars ??= text.ToCharArray())[at] = (char)(text[at] + 0xFEE0);
            var next = text.AsSpan(at + 1).IndexOfAny(AsciiClauseMarks);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return chars is null ? text : new string(chars);
    }

    // An ideograph, or the quotes, brackets and marks Chinese text prints around one.
    private static bool IsChinese(char c) => TextFolding.IsCjk(c) && c is not ('\u3000' or (>= '\uFF01' and <= '\uFF5E'));

    private static bool IsFullWidthAlphanumeric(char c) =>
        c is (>= '\uFF10' and <= '\uFF19') or (>= '\uFF21' and <= '\uFF3A') or (>= '\uFF41' and <= '\uFF5A') or '\uFF0E';
}
