using System.Text.RegularExpressions;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Extraction.IndicatorTables;

/// <summary>What a column of an indicator table holds, as its header says.</summary>
public enum ColumnRole
{
    Other,
    Category,
    Number,
    Name,
    Baseline,
    Target,
    Growth,
    Attribute,
    /// <summary>单位: the unit printed in a column of its own rather than after the name.</summary>
    Unit,
}

/// <summary>
/// An indicator table's columns, read from its header row. A table is an indicator table when
/// its header names an indicator column (指标 / 指标名称) and a target column (the later of two
/// year columns, or a 目标值 column): that is what sets 主要指标 apart from statistics such as
/// 电源装机统计表 (no 指标 column) or 开发时序表 (years, but no 指标 column).
/// </summary>
/// <param name="Roles">The role of each column, left to right.</param>
/// <param name="FixedAttribute">An attribute the header gives every row (2025 年目标值 (预期性)).</param>
public sealed partial record TableSchema(IReadOnlyList<ColumnRole> Roles, int? BaselineYear, int? TargetYear, string? FixedAttribute)
{
    // Besides years, the words other plans head their columns with: 指标类别, 领域 for the category and
    // 指标属性 or 指标性质 (before 指标, which they open with), 现状值/基期值 for the baseline, 规划目标/“十四五”目标 for the target (the period gives its year),
    // and “十三五”末/“十四五”末 for the years those periods end.
    [GeneratedRegex(@"指标类别|指标类型|类别|领域|分类|序号|指标属性|指标性质|指标名称|指标|(?<year>20\d\d)(?:年|(?=目标))(?<goal>目标值|目标)?(?:\((?<attr>预期性|约束性)\))?|目标值|(?<base>现状值|现状|基期值|基期|基准值)|(?<plan>规划目标值|规划目标|规划值|预期目标)|[“""]?十(?<five>[一二三四五六七八九])五[”""]?(?:(?:末|期末)(?<fivegoal>目标值?)?|(?<fivegoal>目标值?))|年均增长/累计|年均/累计|年均增长|年均增速|累计|属性|性质|计量单位|单位")]
    private static partial Regex HeaderToken();

    [GeneratedRegex(@"20\d\d")]
    private static partial Regex Year();

    /// <summary>A cell that is a year and nothing else (2020 | 2025 over the values): the year column 2020年 is.</summary>
    private static string WithYearWord(string key) =>
        key.Length == 4 && key.StartsWith("20", StringComparison.Ordinal) && key.All(char.IsAsciiDigit) ? key + "年" : key;

    public int NameIndex => IndexOf(ColumnRole.Name);

    public bool IsIndicatorTable => NameIndex >= 0 && IndexOf(ColumnRole.Target) > NameIndex;

    public int IndexOf(ColumnRole role)
    {
        for (var i = 0; i < Roles.Count; i++)
        {
            if (Roles[i] == role) return i;
        }
        return -1;
    }

    /// <summary>Whether a cell is one header word and nothing else (类别, 指 标, 2025年 or 2025, 年均增长/累计, 属性).</summary>
    public static bool IsHeaderCell(string cell)
    {
        var key = WithYearWord(Key(cell));
        var found = HeaderToken().Match(key);
        return found.Success && found.Index == 0 && found.Length == key.Length;
    }

    /// <summary>The schema of a header printed as cells (tab-separated or one per line); an empty cell before the indicator column is the category's.</summary>
    public static TableSchema FromCells(IReadOnlyList<string> cells)
    {
        var tokens = new List<Token>(cells.Count);
        var nameSeen = false;
        foreach (var cell in cells)
        {
            var key = WithYearWord(Key(cell));
            var found = HeaderToken().Match(key);
            if (key.Length == 0) tokens.Add(new Token(nameSeen ? ColumnRole.Other : ColumnRole.Category, null, null, false));
            else if (!found.Success) tokens.Add(new Token(ColumnRole.Other, null, null, false));
            else tokens.Add(TokenOf(found, key));
            nameSeen |= tokens[^1].Role == ColumnRole.Name;
        }
        return Build(tokens);
    }

    /// <summary>A row of header words only (2020年 | 2025年 under 规划目标): the lower row of a header printed on two.</summary>
    public static bool IsHeaderRow(IReadOnlyList<string> cells) =>
        cells.Any(c => c.Trim().Length > 0) && cells.All(c => c.Trim().Length == 0 || IsHeaderCell(c));

    /// <summary>
    /// The schema of a header printed on two rows (指标 | 规划目标 over | 2020年 | 2025年, merged cells empty
    /// below and beside): the lower row names a column where it prints a name (the upper one only groups),
    /// the upper one where the lower is empty (a cell over both rows); a year printed above a kind of value
    /// (2025年 over 目标值) stays with it.
    /// </summary>
    public static TableSchema FromTwoRows(IReadOnlyList<string> upper, IReadOnlyList<string> lower) =>
        FromCells([.. Enumerable.Range(0, Math.Max(upper.Count, lower.Count)).Select(i =>
        {
            var (u, l) = (i < upper.Count ? upper[i].Trim() : "", i < lower.Count ? lower[i].Trim() : "");
            return l.Length == 0 ? u : u.Length > 0 && Year().IsMatch(u) && !Year().IsMatch(l) ? u + l : l;
        })]);

    /// <summary>The schema of a header printed as running text (cells separated by spaces and wrapped): the column names in the order they appear.</summary>
    public static TableSchema FromText(string header)
    {
        var key = Key(header);
        var tokens = new List<Token>();
        var previousEnd = -1;
        foreach (Match found in HeaderToken().Matches(key))
        {
            // 基期值（2020年）, 目标值（2025年）: the year in brackets is the column's before it, as in a cell of its own.
            if (found.Groups["year"].Success && !found.Groups["goal"].Success && previousEnd >= 0 && found.Index == previousEnd + 1 && key[previousEnd] == '('
                && tokens is [.., { Role: ColumnRole.Baseline or ColumnRole.Target, Year: null } headed])
            {
                tokens[^1] = headed with { Year = int.Parse(found.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) };
                previousEnd = found.Index + found.Length;
                continue;
            }
            tokens.Add(TokenOf(found, found.Value));
            previousEnd = found.Index + found.Length;
        }
        // A header printed on two lines (规划目标 over 2020年 2025年): a target word without a year over two
        // year columns only groups them, and the text gives no column of its own for it.
        if (tokens.Count(t => t.Role is null) >= 2) tokens.RemoveAll(t => t is { Role: ColumnRole.Target, Year: null });
        return Build(tokens);
    }

    /// <summary>Folded, with all white space removed: “指 标”, “2020 年”, “属 性” print spaces inside words.</summary>
    public static string Key(string text) => TextFolding.WithoutWhiteSpace(TextFolding.Fold(text));

    private static Token TokenOf(Match found, string cell)
    {
        var value = found.Value;
        if (found.Groups["year"].Success)
        {
            var attribute = found.Groups["attr"].Success ? GoalAttributes.FromChinese(found.Groups["attr"].Value) : null;
            return new Token(null, int.Parse(found.Groups["year"].Value), attribute, found.Groups["goal"].Success);
        }
        int? printedYear = Year().Match(cell) is { Success: true } y ? int.Parse(y.Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        if (value == "目标值" || found.Groups["plan"].Success) return new Token(ColumnRole.Target, printedYear, null, true);
        if (found.Groups["five"].Success)
        {
            var period = Structure.PlanTitles.FiveYearPeriod(10 + ChineseNumerals.Parse(found.Groups["five"].Value)!.Value);
            // “十三五”末 | “十四五”末: the ends of two periods, read as two year columns are; “十四五”目标 is the target.
            return found.Groups["fivegoal"].Success
                ? new Token(ColumnRole.Target, printedYear ?? period.End, null, true)
                : new Token(null, period.End, null, false);
        }
        if (found.Groups["base"].Success) return new Token(ColumnRole.Baseline, printedYear, null, false);
        return value switch
        {
            "类别" or "指标类别" or "指标类型" or "领域" or "分类" => new Token(ColumnRole.Category, null, null, false),
            "序号" => new Token(ColumnRole.Number, null, null, false),
            "指标" or "指标名称" => new Token(ColumnRole.Name, null, null, false),
            "属性" or "指标属性" or "性质" or "指标性质" => new Token(ColumnRole.Attribute, null, null, false),
            "单位" or "计量单位" => new Token(ColumnRole.Unit, null, null, false),
            _ => new Token(ColumnRole.Growth, null, null, false),
        };
    }

    /// <summary>
    /// Year columns: of two, the earlier year is the baseline and the other the target, whichever is printed
    /// first (2025年 | 2020年 is a target and its baseline); a lone year column is the target.
    /// </summary>
    private static TableSchema Build(List<Token> tokens)
    {
        var years = tokens.Where(t => t.Role is null).ToList();
        var baseline = years.Where(t => t.Year is not null).MinBy(t => t.Year) ?? years.FirstOrDefault();
        // A column headed as the target (规划目标) or the baseline (现状值) leaves the year columns the other role.
        var headedTarget = tokens.Any(t => t.Role == ColumnRole.Target);
        var headedBaseline = tokens.Any(t => t.Role == ColumnRole.Baseline);
        int? baselineYear = null, targetYear = null;
        string? fixedAttribute = null;
        var roles = new List<ColumnRole>(tokens.Count);
        foreach (var token in tokens)
        {
            if (token.Role is { } role)
            {
                roles.Add(role);
                if (role == ColumnRole.Target) targetYear ??= token.Year;
                if (role == ColumnRole.Baseline) baselineYear ??= token.Year;
                continue;
            }
            var isTarget = token.IsGoal || (!headedTarget && (headedBaseline || years.Count == 1 || !ReferenceEquals(token, baseline)));
            if (isTarget && targetYear is null)
            {
                roles.Add(ColumnRole.Target);
                targetYear = token.Year;
                fixedAttribute ??= token.Attribute;
            }
            else if (!isTarget && baselineYear is null)
            {
                roles.Add(ColumnRole.Baseline);
                baselineYear = token.Year;
            }
            else roles.Add(ColumnRole.Other);
        }
        return new TableSchema(roles, baselineYear, targetYear, fixedAttribute);
    }

    /// <param name="Role">Null for a year column, whose role depends on the other year columns.</param>
    private sealed record Token(ColumnRole? Role, int? Year, string? Attribute, bool IsGoal);
}
