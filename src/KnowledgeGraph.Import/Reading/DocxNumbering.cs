using System.Globalization;
using System.Text;
using System.Xml;

namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// The numbers Word prints before numbered paragraphs (第一章, 一、, （一）, 1.1) from the document's
/// numbering definitions: they are not in the paragraphs' text, and a plan's headings are known by them.
/// Numbering comes from a paragraph's own properties or from its style's; counters run per list
/// definition (a list style's, where a definition defers to one, as Word's multilevel list styles do),
/// so that list instances sharing one continue each other, a deeper level starting again after each
/// number of a higher one, and an instance that overrides a level's start starts it again where it is
/// first used.
/// </summary>
internal sealed class DocxNumbering
{
    private const string Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private sealed record Level(int Start, string Format, string Text, string Suffix, bool Legal);

    /// <summary>A list instance: its definition and the levels whose start it overrides.</summary>
    private sealed record Instance(string Definition, Dictionary<int, int> StartOverrides);

    private readonly Dictionary<string, Dictionary<int, Level>> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Instance> _instances = new(StringComparer.Ordinal);
    private readonly DocxStyles _styles;
    private readonly Dictionary<(string Definition, string Style), int> _levelOfStyle = [];
    private readonly Dictionary<string, int?[]> _counters = new(StringComparer.Ordinal);
    // A list style's definition (w:styleLink) and the definitions that only point at a list style (w:numStyleLink).
    private readonly Dictionary<string, string> _definitionOfListStyle = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _listStyleOf = new(StringComparer.Ordinal);
    private readonly HashSet<string> _started = new(StringComparer.Ordinal);

    private DocxNumbering(DocxStyles styles) => _styles = styles;

    public static DocxNumbering Load(Stream? numbering, DocxStyles styles)
    {
        var result = new DocxNumbering(styles);
        if (numbering is not null) result.ReadNumbering(numbering);
        return result;
    }

    /// <summary>
    /// The number a paragraph prints, with what follows it (a tab, a space or nothing), or null for an
    /// unnumbered paragraph; counts the paragraph. Its own numbering (<paramref name="numId"/>,
    /// <paramref name="level"/>) takes the place of its style's; numId 0 removes the style's.
    /// </summary>
    public string? Next(string? style, string? numId, int? level)
    {
        // A style that numbers without naming its level numbers at the level that names the style.
        if (numId is null && style is not null)
        {
            var (styleNumId, styleLevel) = _styles.Numbering(style);
            (numId, level) = (styleNumId, level ?? styleLevel);
        }
        if (numId is null or "0" || !_instances.TryGetValue(numId, out var instance)) return null;
        // A definition that defers to a list style numbers with that style's definition, and counts with it.
        if (_listStyleOf.TryGetValue(instance.Definition, out var listStyle) && _definitionOfListStyle.TryGetValue(listStyle, out var linked))
        {
            instance = instance with { Definition = linked };
        }
        if (!_definitions.TryGetValue(instance.Definition, out var levels)) return null;
        var ilvl = level ?? (style is not null && _levelOfStyle.TryGetValue((instance.Definition, style), out var styled) ? styled : 0);
        if (!levels.TryGetValue(ilvl, out var current)) return null;

        if (ilvl is < 0 or > 8) return null;
        var counters = _counters.TryGetValue(instance.Definition, out var c) ? c : _counters[instance.Definition] = new int?[9];
        if (_started.Add(numId))
        {
            foreach (var overridden in instance.StartOverrides.Keys)
            {
                if (overridden is >= 0 and <= 8) counters[overridden] = null;
            }
        }
        counters[ilvl] = counters[ilvl] is { } n ? n + 1 : StartOf(instance, levels, ilvl);
        for (var deeper = ilvl + 1; deeper < counters.Length; deeper++) counters[deeper] = null;
        if (current.Format == "none") return current.Suffix;

        var text = new StringBuilder();
        var template = current.Text;
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '%' && i + 1 < template.Length && template[i + 1] is >= '1' and <= '9')
            {
                var referenced = template[i + 1] - '1';
                var value = counters[referenced] ?? (levels.ContainsKey(referenced) ? StartOf(instance, levels, referenced) : 1);
                var format = levels.TryGetValue(referenced, out var l) ? (current.Legal ? "decimal" : l.Format) : "decimal";
                text.Append(Format(value, format));
                i++;
            }
            else
            {
                text.Append(template[i]);
            }
        }
        if (current.Format == "bullet") return Bullet(text.ToString()) + current.Suffix;
        return text.Append(current.Suffix).ToString();
    }

    private static int StartOf(Instance instance, Dictionary<int, Level> levels, int level) =>
        instance.StartOverrides.TryGetValue(level, out var start) ? start : levels[level].Start;

    // A symbol font's bullet is a private-use character that means nothing as text: the plans' own bullet stands in.
    internal static string Bullet(string text) =>
        string.IsNullOrWhiteSpace(text) || text.Any(c => c is >= '\uE000' and <= '\uF8FF') ? "●" : text;

    /// <summary>A counter in one of Word's number formats; formats the plans do not use print as decimals.</summary>
    public static string Format(int value, string format) => format switch
    {
        "chineseCounting" or "chineseCountingThousand" or "japaneseCounting" or "taiwaneseCounting" or "taiwaneseCountingThousand" or "ideographLegalTraditional" => Chinese(value),
        // 壹贰叁: the characters cheques and contracts write numbers in.
        "chineseLegalSimplified" => string.Concat(Chinese(value).Select(c => "〇一二三四五六七八九十百千".IndexOf(c) is var i and >= 0 ? "零壹贰叁肆伍陆柒捌玖拾佰仟"[i] : c)),
        "ideographDigital" or "taiwaneseDigital" or "japaneseDigitalTenThousand" => string.Concat(value.ToString(CultureInfo.InvariantCulture).Select(d => "〇一二三四五六七八九"[d - '0'])),
        "ideographTraditional" => value is >= 1 and <= 10 ? "甲乙丙丁戊己庚辛壬癸"[value - 1].ToString() : Chinese(value),
        "ideographZodiac" => value is >= 1 and <= 12 ? "子丑寅卯辰巳午未申酉戌亥"[value - 1].ToString() : Chinese(value),
        "decimalFullWidth" or "decimalFullWidth2" => string.Concat(value.ToString(CultureInfo.InvariantCulture).Select(d => (char)('０' + (d - '0')))),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" => value is >= 1 and <= 20 ? ((char)('①' + value - 1)).ToString() : value.ToString(CultureInfo.InvariantCulture),
        "decimalEnclosedParen" => value is >= 1 and <= 20 ? ((char)('⑴' + value - 1)).ToString() : $"({value})",
        "decimalEnclosedFullstop" => value is >= 1 and <= 20 ? ((char)('⒈' + value - 1)).ToString() : $"{value}.",
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        "lowerLetter" => Letters(value, 'a'),
        "upperLetter" => Letters(value, 'A'),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private static string Chinese(int value)
    {
        const string digits = "〇一二三四五六七八九";
        if (value is < 1 or > 9999) return value.ToString(CultureInfo.InvariantCulture);
        if (value < 10) return digits[value].ToString();
        if (value < 20) return "十" + (value % 10 == 0 ? "" : digits[value % 10].ToString());
        if (value < 100) return digits[value / 10] + "十" + (value % 10 == 0 ? "" : digits[value % 10].ToString());
        var text = new StringBuilder();
        (int Unit, char Name)[] units = [(1000, '千'), (100, '百'), (10, '十')];
        var zero = false;
        foreach (var (unit, name) in units)
        {
            var d = value / unit % 10;
            if (d == 0)
            {
                zero = text.Length > 0;
                continue;
            }
            if (zero) text.Append('〇');
            text.Append(digits[d]).Append(name);
            zero = false;
        }
        if (value % 10 != 0) text.Append(zero || value / 10 % 10 == 0 ? "〇" : "").Append(digits[value % 10]);
        return text.ToString();
    }

    private static string Letters(int value, char first)
    {
        // Word's letters repeat past z: aa, bb, …
        var letter = (char)(first + (value - 1) % 26);
        return new string(letter, (value - 1) / 26 + 1);
    }

    private static string Roman(int value)
    {
        if (value is < 1 or > 3999) return value.ToString(CultureInfo.InvariantCulture);
        (int, string)[] numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var text = new StringBuilder();
        foreach (var (n, s) in numerals)
        {
            while (value >= n)
            {
                text.Append(s);
                value -= n;
            }
        }
        return text.ToString();
    }

    private void ReadNumbering(Stream stream)
    {
        using var reader = XmlReader.Create(stream, DocxText.Settings);
        string? definition = null;
        string? instance = null;
        var level = -1;
        int? overrideLevel = null;
        Level? building = null;
        string? levelStyle = null;
        while (reader.Read())
        {
            if (reader.NamespaceURI != Word) continue;
            if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (reader.LocalName == "lvl" && definition is not null && building is not null)
                {
                    _definitions[definition][level] = building;
                    if (levelStyle is not null) _levelOfStyle[(definition, levelStyle)] = level;
                    building = null;
                }
                else if (reader.LocalName == "abstractNum") definition = null;
                else if (reader.LocalName == "num") instance = null;
                else if (reader.LocalName == "lvlOverride") overrideLevel = null;
                continue;
            }
            if (reader.NodeType != XmlNodeType.Element) continue;
            var value = reader.GetAttribute("val", Word);
            switch (reader.LocalName)
            {
                case "abstractNum":
                    definition = reader.GetAttribute("abstractNumId", Word);
                    if (definition is not null) _definitions[definition] = [];
                    break;
                case "lvl" when definition is not null && instance is null:
                    level = DocxStyles.Integer(reader.GetAttribute("ilvl", Word)) ?? 0;
                    building = new Level(1, "decimal", "", "\t", false);
                    levelStyle = null;
                    break;
                case "start" when building is not null:
                    building = building with { Start = DocxStyles.Integer(value) ?? 1 };
                    break;
                case "numFmt" when building is not null:
                    building = building with { Format = value ?? "decimal" };
                    break;
                case "lvlText" when building is not null:
                    building = building with { Text = value ?? "" };
                    break;
                case "suff" when building is not null:
                    building = building with { Suffix = value switch { "space" => " ", "nothing" => "", _ => "\t" } };
                    break;
                case "isLgl" when building is not null:
                    building = building with { Legal = value is null or "1" or "true" or "on" };
                    break;
                case "pStyle" when building is not null:
                    levelStyle = value;
                    break;
                case "styleLink" when definition is not null && value is not null:
                    _definitionOfListStyle[value] = definition;
                    break;
                case "numStyleLink" when definition is not null && value is not null:
                    _listStyleOf[definition] = value;
                    break;
                case "num":
                    instance = reader.GetAttribute("numId", Word);
                    break;
                case "abstractNumId" when instance is not null && value is not null:
                    _instances[instance] = new Instance(value, []);
                    break;
                case "lvlOverride" when instance is not null:
                    overrideLevel = DocxStyles.Integer(reader.GetAttribute("ilvl", Word)) ?? 0;
                    break;
                case "startOverride" when instance is not null && overrideLevel is { } o && _instances.TryGetValue(instance, out var inst):
                    inst.StartOverrides[o] = DocxStyles.Integer(value) ?? 1;
                    break;
            }
        }
    }
}
