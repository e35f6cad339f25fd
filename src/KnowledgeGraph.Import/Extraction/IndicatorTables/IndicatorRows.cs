using System.Globalization;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Extraction.IndicatorTables;

/// <summary>
/// Turns a table's rows into INDICATOR goals. Merged cells are printed once: an empty category
/// continues the one above; a row without a number continues the numbered row above, from which
/// it takes the merged growth and attribute cells it leaves empty, and the parent name when the
/// row is a sub-row (每千人口拥有医护人员数 → 执业医师数 / 注册护士数).
/// <para>
/// Target rule: the target is the value the plan sets for the target year. For a growth measure
/// whose target-year cell is a dash and whose value sits in the 年均增长/累计 column
/// (地区生产总值增长 3.6 | - | 6.5左右), that column's value is the target; <c>growth</c> keeps it too.
/// </para>
/// </summary>
public static class IndicatorRows
{
    public static IReadOnlyList<GoalRecord> Goals(TableText table, ColumnBlock column, TableFootnotes notes)
    {
        var schema = table.Schema;
        var file = column.TitleLine?.File ?? column.Body[0].File;
        var goals = new List<GoalRecord>(table.Rows.Count);
        string? category = null;
        Row? numbered = null;
        var ordinal = 0;
        foreach (var raw in table.Rows)
        {
            if (IsHeader(raw, schema)) continue;
            if (raw.Group)
            {
                category = TableSchema.Key(Normalising.GroupLabels.Name(raw.Cells[0]));
                numbered = null;
                // Under a 类别 column, a label between rows is the merged cell printed in the middle of its
                // rows (a PDF's layout): the rows above it that have no category yet are its too.
                if (schema.IndexOf(ColumnRole.Category) >= 0)
                {
                    for (var i = goals.Count - 1; i >= 0 && goals[i].Category is null; i--) goals[i] = goals[i] with { Category = category };
                }
                continue;
            }
            var row = Row.Read(raw, schema);
            if (row.Name.Length == 0 && row.SubName is null) continue;
            if (row.Category.Length > 0) category = row.Category;

            var continues = schema.IndexOf(ColumnRole.Number) >= 0 && row.Number.Length == 0 && numbered is not null;
            if (continues)
            {
                row = row with
                {
                    Name = row.Name.Length == 0 && row.SubName is not null ? numbered!.Name : row.Name,
                    Growth = row.Growth.Length == 0 ? numbered!.Growth : row.Growth,
                    Attribute = row.Attribute.Length == 0 ? numbered!.Attribute : row.Attribute,
                };
            }
            else numbered = row;

            goals.Add(Goal(row, ++ordinal, category, raw, schema, notes, column, file));
        }
        return goals;
    }

    private static GoalRecord Goal(Row row, int ordinal, string? category, RawRow raw, TableSchema schema, TableFootnotes notes, ColumnBlock column, string file)
    {
        var main = IndicatorName.Parse(row.Name);
        var sub = row.SubName is null ? null : IndicatorName.Parse(row.SubName);
        var text = sub is null ? main.Printed : main.Printed + "：" + sub.Printed;
        var measure = sub is null ? main.Measure : main.Measure + "：" + sub.Measure;
        var unit = sub?.Unit ?? main.Unit ?? NullIfEmpty(row.Unit);

        string? baseline = NullIfEmpty(row.Baseline);
        string? growth = NullIfEmpty(row.Growth);
        string? target = NullIfEmpty(row.Target);
        if (PrintedValues.IsDash(target) && !PrintedValues.IsDash(growth)) target = growth;

        var baselineYear = schema.BaselineYear;
        if (notes.StarredValueYear is { } starYear && PrintedValues.IsStarred(baseline)) baselineYear = starYear;
        var targetYear = schema.TargetYear;
        if (notes.StarredTargetUndated && PrintedValues.IsStarred(target)) targetYear = null;

        var attribute = GoalAttributes.FromChinese(TableSchema.Key(row.Attribute)) ?? schema.FixedAttribute;
        var quote = string.Join(" ", raw.Lines.Select(l => l.Text.Replace('\t', ' ')));
        var provenance = Provenance.Create(file, raw.Lines[0].Number, raw.Lines[^1].Number, quote);
        var id = NodeIds.For(Labels.Goal, column.Id, ordinal.ToString(CultureInfo.InvariantCulture), measure);
        var range = PrintedValues.RangeOf(target, unit);
        return new GoalRecord(id, column.PlanId, column.Id, text, GoalKinds.Indicator, provenance,
            Measure: measure, Category: category, Baseline: baseline, BaselineYear: baseline is null ? null : baselineYear,
            Target: target, TargetYear: target is null ? null : targetYear, Growth: growth, Attribute: attribute, Unit: unit,
            BaselineValue: PrintedValues.NumberOf(baseline, unit), TargetValue: PrintedValues.NumberOf(target, unit),
            TargetMin: range?.Low, TargetMax: range?.High);
    }

    /// <summary>The header printed again in the middle of the table (004 表 1, after a page break).</summary>
    private static bool IsHeader(RawRow raw, TableSchema schema)
    {
        var name = schema.NameIndex < raw.Cells.Count ? TableSchema.Key(raw.Cells[schema.NameIndex]) : "";
        return name is "指标" or "指标名称";
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    /// <summary>A row's cells by role. Cells beyond the header's count are extra name cells (a sub-row's parent and own name).</summary>
    private sealed record Row(string Category, string Number, string Name, string? SubName, string Baseline, string Target, string Growth, string Attribute, string Unit)
    {
        public static Row Read(RawRow raw, TableSchema schema)
        {
            var cells = raw.Cells.ToList();
            while (cells.Count < schema.Roles.Count) cells.Add("");
            var nameAt = schema.NameIndex;
            var valueCount = schema.Roles.Count - nameAt - 1;
            var nameCells = cells.GetRange(nameAt, cells.Count - valueCount - nameAt);
            var values = cells.GetRange(cells.Count - valueCount, valueCount);

            string Leading(ColumnRole role) => schema.IndexOf(role) is var i && i >= 0 && i < nameAt ? cells[i] : "";
            string Value(ColumnRole role) => schema.IndexOf(role) is var i && i > nameAt ? values[i - nameAt - 1] : "";

            return new Row(
                TableSchema.Key(Leading(ColumnRole.Category)),
                Leading(ColumnRole.Number).Trim(),
                nameCells[0].Trim(),
                nameCells.Count > 1 ? nameCells[^1].Trim() : null,
                Value(ColumnRole.Baseline).Trim(),
                Value(ColumnRole.Target).Trim(),
                Value(ColumnRole.Growth).Trim(),
                Value(ColumnRole.Attribute).Trim(),
                Value(ColumnRole.Unit).Trim());
        }
    }
}
