using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Extraction.Mentions;

/// <summary>
/// The text units of one plan in document order: its title and preamble (spoken by the Plan), each
/// section's heading, paragraphs and boxes (spoken by the Section: a Column is not a node that
/// mentions), then the goals and projects the earlier families found (name and description apart,
/// because a project's name says where it is while its description may only mention a place).
/// </summary>
public static class PlanText
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<StructuredPlan, Cached> Cache = new();

    private sealed record Cached(IReadOnlyList<object> Records, IReadOnlyList<TextUnit> Units);

    /// <summary>
    /// The plan's units. The entity families each read them; they are built (and folded) once per
    /// plan and reused while the goals and projects found stay the same.
    /// </summary>
    public static IReadOnlyList<TextUnit> Units(StructuredPlan plan, PlanFacts found)
    {
        var records = new List<object>(found.Goals.Count + found.Projects.Count);
        records.AddRange(found.Goals);
        records.AddRange(found.Projects);
        if (Cache.TryGetValue(plan, out var cached) && cached.Records.SequenceEqual(records, ReferenceEqualityComparer.Instance)) return cached.Units;
        var units = Build(plan, found);
        Cache.AddOrUpdate(plan, new Cached(records, units));
        return units;
    }

    /// <summary>
    /// Lets the plan's units go once its extraction is done: they hold folded copies of the whole
    /// text, with a map back to the original, and would otherwise live as long as the plan does.
    /// </summary>
    public static void Forget(StructuredPlan plan) => Cache.Remove(plan);

    private static IReadOnlyList<TextUnit> Build(StructuredPlan plan, PlanFacts found)
    {
        var units = new List<TextUnit>();
        foreach (var title in plan.TitleLines) units.Add(TextUnit.FromParagraph(plan.Id, Labels.Plan, TextUnitKind.PlanTitle, title));
        foreach (var block in plan.Front) AddBlock(units, plan.Id, Labels.Plan, block, TextUnitKind.Front);
        foreach (var section in plan.AllSections())
        {
            units.Add(TextUnit.FromParagraph(section.Id, Labels.Section, TextUnitKind.SectionHeading, section.Heading));
            foreach (var block in section.Content) AddBlock(units, section.Id, Labels.Section, block, TextUnitKind.SectionParagraph);
        }
        var printed = new PrintedText(units);
        foreach (var goal in found.Goals)
        {
            if (goal.PlanId != plan.Id) continue;
            units.AddRange(printed.Units(goal.Id, Labels.Goal, TextUnitKind.Goal, goal.Text, goal.Provenance));
        }
        foreach (var project in found.Projects)
        {
            if (project.PlanId != plan.Id) continue;
            units.AddRange(printed.Units(project.Id, Labels.Project, TextUnitKind.ProjectName, project.Name, project.Provenance));
            if (!string.IsNullOrWhiteSpace(project.Description))
            {
                units.AddRange(printed.Units(project.Id, Labels.Project, TextUnitKind.ProjectDescription, project.Description, project.Provenance));
            }
        }
        return units;
    }

    /// <summary>
    /// Finds where a goal's or project's text is printed: the paragraph at or after the record's
    /// first line that contains it (a description may follow its name by a few lines), or — for a
    /// description gathered from several paragraphs — each of those paragraphs, so a mention inside
    /// it gets the exact line it stands on. Text found nowhere keeps the record's lines.
    /// </summary>
    private sealed class PrintedText(List<TextUnit> units)
    {
        private const int Reach = 40;
        private readonly List<Paragraph> _paragraphs = InLineOrder(units);

        /// <summary>
        /// The units' paragraphs, each once, by first line (ties in the order the units give them).
        /// A paragraph met twice has the same first line both times, so once sorted it is found among
        /// its neighbours: no set of all of them (a hash set per plan was 30 MB of each 100× import).
        /// </summary>
        private static List<Paragraph> InLineOrder(List<TextUnit> units)
        {
            // LINQ's ordering is stable: ties keep the units' order.
            var sorted = units.Select(u => u.Paragraph).OfType<Paragraph>().OrderBy(p => p.LineStart).ToList();
            var distinct = new List<Paragraph>(sorted.Count);
            foreach (var paragraph in sorted)
            {
                var seen = false;
                for (var j = distinct.Count - 1; j >= 0 && distinct[j].LineStart == paragraph.LineStart && !seen; j--)
                {
                    seen = ReferenceEquals(distinct[j], paragraph);
                }
                if (!seen) distinct.Add(paragraph);
            }
            return distinct;
        }

        public IEnumerable<TextUnit> Units(string fromId, string label, TextUnitKind kind, string text, Provenance provenance)
        {
            var first = FirstAtOrAfter(provenance.LineStart);
            var from = Math.Max(0, first - 2);
            var to = Math.Min(_paragraphs.Count, first + Reach);
            for (var i = from; i < to; i++)
            {
                var paragraph = _paragraphs[i];
                if (paragraph.File != provenance.File) continue;
                var at = paragraph.Text.IndexOf(text, StringComparison.Ordinal);
                if (at >= 0) return [TextUnit.FromRecord(fromId, label, kind, text, provenance, paragraph, at)];
            }
            var parts = new List<TextUnit>();
            for (var i = from; i < to; i++)
            {
                var paragraph = _paragraphs[i];
                if (paragraph.File != provenance.File || paragraph.Text.Length < 4) continue;
                if (text.Contains(paragraph.Text, StringComparison.Ordinal))
                {
                    parts.Add(TextUnit.FromRecord(fromId, label, kind, paragraph.Text, provenance, paragraph, 0));
                }
            }
            return parts.Count > 0 ? parts : [TextUnit.FromRecord(fromId, label, kind, text, provenance)];
        }

        private int FirstAtOrAfter(int line)
        {
            int lo = 0, hi = _paragraphs.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (_paragraphs[mid].LineEnd < line) lo = mid + 1; else hi = mid;
            }
            return lo;
        }
    }

    private static void AddBlock(List<TextUnit> units, string fromId, string fromLabel, IContentBlock block, TextUnitKind kind)
    {
        switch (block)
        {
            case Paragraph p:
                units.Add(TextUnit.FromParagraph(fromId, fromLabel, kind, p));
                break;
            case ColumnBlock column:
                if (column.TitleLine is { } title) units.Add(TextUnit.FromParagraph(fromId, fromLabel, TextUnitKind.ColumnText, title));
                foreach (var body in column.Body) units.Add(TextUnit.FromParagraph(fromId, fromLabel, TextUnitKind.ColumnText, body));
                break;
        }
    }
}
