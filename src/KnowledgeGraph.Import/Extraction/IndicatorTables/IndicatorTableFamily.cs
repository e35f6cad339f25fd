using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Extraction.IndicatorTables;

/// <summary>
/// The indicator-table family: every row of every indicator table (主要指标, 指标体系, 发展主要指标)
/// in a plan becomes an INDICATOR goal stated by the table's Column.
/// </summary>
public static class IndicatorTableFamily
{
    public static PlanFacts Extract(StructuredPlan plan)
    {
        var goals = new List<GoalRecord>();
        foreach (var column in Columns(plan)) goals.AddRange(Goals(column));
        return goals.Count == 0 ? PlanFacts.Empty : PlanFacts.Empty with { Goals = goals };
    }

    /// <summary>The goals of one box: its rows when it is an indicator table, none otherwise.</summary>
    public static IReadOnlyList<GoalRecord> Goals(ColumnBlock column) =>
        IndicatorTableReader.Read(column) is { } table
            ? IndicatorRows.Goals(table, column, TableFootnotes.Read(table.Notes))
            : [];

    /// <summary>The plan's boxes in document order.</summary>
    public static IEnumerable<ColumnBlock> Columns(StructuredPlan plan) =>
        plan.Front.OfType<ColumnBlock>().Concat(plan.AllSections().SelectMany(s => s.Content.OfType<ColumnBlock>()));
}
