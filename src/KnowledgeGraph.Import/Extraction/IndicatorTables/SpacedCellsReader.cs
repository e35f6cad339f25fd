using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Extraction.IndicatorTables;

/// <summary>
/// Reads a table whose cells are separated by spaces and whose long cells wrap (the PDF
/// extraction of 001 专栏 1). The header runs until the first line that starts with a row number.
/// A row runs until its attribute (预期性/约束性) closes it — or, in a table without an attribute
/// column, until it holds a value for every value column. Inside a row: the row number, then the
/// merged category cell printed once on its own short lines with its count (经济 / 发展 / （3个）),
/// then the indicator name (which may wrap) ending at the first “）” followed by a space, then the
/// values. A value that wraps (与 GDP / 增长基本 / 保持同步) is the last value column's. A row
/// without a number continues the numbered row above (its merged cells are empty).
/// </summary>
public static partial class SpacedCellsReader
{
    [GeneratedRegex(@"^(?<n>\d{1,2})(?:\s+(?<rest>.*))?$")]
    private static partial Regex RowStart();

    [GeneratedRegex(@"^(?:[\u4e00-\u9fff]{1,4}|[（(]\d+个[）)])$")]
    private static partial Regex CategoryPart();

    /// <summary>A row whose merged category cell is printed on its line, before its number (民生福祉  3  城镇调查失业率（%） …).</summary>
    [GeneratedRegex(@"^(?<category>[\u4e00-\u9fff]{2,4})\s+(?<n>\d{1,2})\s+(?<rest>\S.*)$")]
    private static partial Regex CategoryThenNumber();

    [GeneratedRegex(@"[）)](?=\s)")]
    private static partial Regex NameEnd();

    [GeneratedRegex(@"\s*(?<attr>预期性|约束性|预期|约束)$")]
    private static partial Regex TrailingAttribute();

    [GeneratedRegex(@"[（(]\d+个[）)]")]
    private static partial Regex CategoryCount();

    public static TableText? Read(IReadOnlyList<TextLine> lines)
    {
        // Row numbers standing alone on a line look like page numbers to the line cleaner: keep
        // them, and tell them apart by the numbering (a lone number is a row number only when it
        // is the next one expected).
        var content = lines.Where(l => l.IsContent || l.Role == LineRole.PageNumber).ToList();
        var notesAt = content.FindIndex(TableLines.IsNote);
        var notes = notesAt < 0 ? [] : content[notesAt..];
        if (notesAt >= 0) content = content[..notesAt];

        var headerEnd = content.FindIndex(l => NumberOf(l) == 1);
        var numbered = headerEnd > 0;
        // A table without a 序号 column: its header is its first line, and its attribute closes each row.
        if (!numbered && content.Count > 1 && TableSchema.FromText(content[0].Text) is { IsIndicatorTable: true } unnumbered
            && unnumbered.IndexOf(ColumnRole.Number) < 0 && unnumbered.IndexOf(ColumnRole.Attribute) >= 0) headerEnd = 1;
        if (headerEnd <= 0) return null;
        // A category's label over the first row (经济发展, 一、经济发展) is not the header's last line.
        var firstGroup = headerEnd > 1 && IsGroupLabel(content[headerEnd - 1]) ? content[headerEnd - 1] : (TextLine?)null;
        var headerLines = content[..(firstGroup is null ? headerEnd : headerEnd - 1)];
        var schema = TableSchema.FromText(string.Join(" ", headerLines.Where(l => l.IsContent).Select(l => l.Text)));
        if (!schema.IsIndicatorTable) return null;
        var leadingCategory = !numbered && schema.IndexOf(ColumnRole.Category) >= 0;

        var hasAttribute = schema.IndexOf(ColumnRole.Attribute) >= 0;
        var valueRoles = schema.Roles.Skip(schema.NameIndex + 1).Count(r => r != ColumnRole.Attribute);
        var rows = new List<RawRow>();
        if (firstGroup is { } group) rows.Add(new RawRow([group.Text], [group], Group: true));
        var buffer = new List<TextLine>();
        var texts = new List<string>();
        string? number = null;
        var expected = 1;
        for (var at = headerEnd; at < content.Count; at++)
        {
            var line = content[at];
            var text = line.Text;
            if (buffer.Count == 0 && numbered && IsGroupLabel(line) && at + 1 < content.Count && NumberOf(content[at + 1]) == expected)
            {
                rows.Add(new RawRow([text], [line], Group: true));
                continue;
            }
            if (buffer.Count == 0 && NumberOf(line) == expected)
            {
                number = expected.ToString(System.Globalization.CultureInfo.InvariantCulture);
                expected++;
                text = RowStart().Match(text).Groups["rest"].Value;
            }
            else if (buffer.Count == 0 && numbered && CategoryThenNumber().Match(text) is { Success: true } led
                     && int.Parse(led.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) == expected)
            {
                number = expected.ToString(System.Globalization.CultureInfo.InvariantCulture);
                expected++;
                texts.Add(led.Groups["category"].Value);
                text = led.Groups["rest"].Value;
            }
            else if (line.Role == LineRole.PageNumber) continue;
            else if (buffer.Count == 0 && leadingCategory && LeadingCategory(text) is { } category)
            {
                texts.Add(category);
                text = text[category.Length..].TrimStart();
            }
            buffer.Add(line);
            if (text.Length > 0) texts.Add(text);
            if (IsComplete(texts, hasAttribute, valueRoles))
            {
                rows.Add(ToRow(number, texts, buffer, schema, valueRoles));
                buffer = [];
                texts = [];
                number = null;
            }
        }
        if (texts.Count > 0 && Split(texts, null).Name is not null) rows.Add(ToRow(number, texts, buffer, schema, null));
        return new TableText(schema, rows, notes);
    }

    /// <summary>
    /// The category a row of a table without row numbers prints before its name (经济发展 一般公共预算收入（亿元） 10 15 预期性):
    /// a word of two to four characters, not itself a measure (地区生产总值 增长（%）… starts with a name cut by a space), followed by the name.
    /// </summary>
    private static string? LeadingCategory(string text)
    {
        var space = text.IndexOfAny([' ', '\u3000']);
        if (space is < 2 or > 4) return null;
        var word = text[..space];
        if (!word.All(TextFolding.IsCjk) || Goals.AimPatterns.MeasureEnding().IsMatch(word)) return null;
        var rest = text[space..].TrimStart();
        return rest.Length > 0 && TextFolding.IsCjk(rest[0]) ? word : null;
    }

    /// <summary>A category's label on a line of its own between rows: not a header word, not a cut cell of a row.</summary>
    private static bool IsGroupLabel(TextLine line) =>
        line.IsContent && GroupLabels.Is(line.Text) && !TableSchema.IsHeaderRow([line.Text]);

    /// <summary>The row number a line starts with (“4”, “19 安全”), or null.</summary>
    private static int? NumberOf(TextLine line) =>
        RowStart().Match(line.Text) is { Success: true } m ? int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static bool IsComplete(List<string> texts, bool hasAttribute, int valueRoles)
    {
        if (texts.Count == 0) return false;
        if (hasAttribute) return TrailingAttribute().IsMatch(texts[^1]);
        var values = Split(texts, null).Values;
        return values is not null && Tokens(values).Count >= valueRoles;
    }

    /// <param name="closedRowValues">For a row its attribute closed, how many value cells it has (else null).</param>
    private static RawRow ToRow(string? number, List<string> texts, List<TextLine> buffer, TableSchema schema, int? closedRowValues)
    {
        var (category, name, values) = Split(texts, closedRowValues);
        string? attribute = null;
        if (values is not null && TrailingAttribute().Match(values) is { Success: true } a)
        {
            attribute = a.Groups["attr"].Value;
            values = values[..a.Index];
        }
        var valueColumns = schema.Roles.Skip(schema.NameIndex + 1).Where(r => r != ColumnRole.Attribute).ToList();
        var tokens = Tokens(values ?? "");
        var valueCells = new List<string>(valueColumns.Count);
        for (var i = 0; i < valueColumns.Count; i++)
        {
            if (i >= tokens.Count) valueCells.Add("");
            else if (i == valueColumns.Count - 1) valueCells.Add(string.Join(" ", tokens.Skip(i)));
            else valueCells.Add(tokens[i]);
        }

        var cells = new List<string>(schema.Roles.Count);
        var next = 0;
        for (var c = 0; c < schema.Roles.Count; c++)
        {
            cells.Add(schema.Roles[c] switch
            {
                ColumnRole.Number => number ?? "",
                ColumnRole.Category => category ?? "",
                ColumnRole.Name => name ?? "",
                ColumnRole.Attribute => attribute ?? "",
                _ when c > schema.NameIndex && next < valueCells.Count => valueCells[next++],
                _ => "",
            });
        }
        return new RawRow(cells, [.. buffer]);
    }

    /// <summary>
    /// Category (parts joined, count dropped), name and value text of a row's lines (the row number
    /// already taken off). A name that does not end in its unit (地区生产总值 亿元 500 700 预期性, in a
    /// table with a 单位 column) ends where the row's last <paramref name="closedRowValues"/> cells begin.
    /// </summary>
    private static (string? Category, string? Name, string? Values) Split(List<string> texts, int? closedRowValues)
    {
        var category = new StringBuilder();
        var rest = new List<string>(texts.Count);
        foreach (var text in texts)
        {
            if (rest.Count == 0 && CategoryPart().IsMatch(TableSchema.Key(text)))
            {
                category.Append(TableSchema.Key(text));
                continue;
            }
            rest.Add(text);
        }
        var joined = rest.Aggregate("", CellLinesReader.JoinWrapped);
        var end = NameEnd().Match(joined + " ");
        string? name = end.Success ? joined[..(end.Index + 1)].Trim() : null;
        string? values = end.Success ? joined[(end.Index + 1)..].Trim() : null;
        if (!end.Success && closedRowValues is { } count && ValuesStart(TrailingAttribute().Replace(joined, ""), count) is { } at)
        {
            (name, values) = (joined[..at].Trim(), joined[at..].Trim());
        }
        var categoryText = CategoryCount().Replace(category.ToString(), "");
        return (categoryText.Length == 0 ? null : categoryText, name, values);
    }

    /// <summary>Where the last <paramref name="count"/> space-separated cells of a row's text begin, when a name stands before them.</summary>
    private static int? ValuesStart(string text, int count)
    {
        var at = text.Length;
        for (var seen = 0; seen < count; seen++)
        {
            while (at > 0 && char.IsWhiteSpace(text[at - 1])) at--;
            while (at > 0 && !char.IsWhiteSpace(text[at - 1])) at--;
            if (at == 0) return null;
        }
        return text[..at].Trim().Length > 0 ? at : null;
    }

    private static List<string> Tokens(string values) =>
        [.. values.Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries)];
}
