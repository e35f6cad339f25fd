using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Extraction.Projects;

/// <summary>
/// The project rule family: every project a plan names, with the Column or Section that LISTS it.
/// Boxes are read for their lists (<see cref="BoxProjects"/>) and tables of named projects
/// (<see cref="TableProjects"/>); running text — and boxes that are not lists of projects, such as
/// a review of achievements — for names the sentence itself calls projects (<see cref="BodyProjects"/>).
/// One node per name per plan: the id is made from the plan and the folded name, so a project
/// listed twice in a plan is one node LISTED by both owners.
/// </summary>
public static class ProjectExtraction
{
    public static PlanFacts Extract(StructuredPlan plan)
    {
        var projects = new List<ProjectRecord>();
        var seen = new HashSet<(string Owner, string Id)>();
        foreach (var block in plan.Front) Read(plan, plan.Id, block, projects, seen);
        foreach (var section in plan.AllSections())
        {
            foreach (var block in section.Content) Read(plan, section.Id, block, projects, seen);
        }
        return PlanFacts.Empty with { Projects = projects };
    }

    private static void Read(StructuredPlan plan, string sectionId, IContentBlock block, List<ProjectRecord> projects, HashSet<(string, string)> seen)
    {
        switch (block)
        {
            case ColumnBlock box:
                foreach (var candidate in BoxProjects.Read(box)) Add(plan, box.Id, candidate, projects, seen);
                foreach (var candidate in TableProjects.Read(box)) Add(plan, box.Id, candidate, projects, seen);
                var end = BoxProjects.ContentEnd(box);
                for (var i = 0; i < box.Body.Count; i++)
                {
                    var paragraph = box.Body[i];
                    if (paragraph.Kind is not ParagraphKind.Prose) continue;
                    // Inside the box, running-text rules only where the box is no list of projects;
                    // past its end, the section's own text.
                    if (i >= end) foreach (var c in BodyProjects.Read(paragraph)) Add(plan, sectionId, c, projects, seen);
                    else if (BoxProjects.KindOf(box) != BoxKind.Projects) foreach (var c in BodyProjects.Read(paragraph)) Add(plan, box.Id, c, projects, seen);
                }
                break;
            case Paragraph { Kind: ParagraphKind.Prose } paragraph:
                foreach (var candidate in BodyProjects.Read(paragraph)) Add(plan, sectionId, candidate, projects, seen);
                break;
        }
    }

    private static void Add(StructuredPlan plan, string ownerId, ProjectCandidate candidate, List<ProjectRecord> projects, HashSet<(string, string)> seen)
    {
        var printed = DisplayName(candidate.Printed);
        if (printed.Length < 2) return;
        Provenance? provenance = null;
        var description = string.IsNullOrWhiteSpace(candidate.Description) ? null : candidate.Description.Trim();
        foreach (var name in NameSeries.Names(printed))
        {
            var id = IdFor(plan.Id, name);
            if (!seen.Add((ownerId, id))) continue;
            // The names of one series quote the same printed text.
            provenance ??= candidate.Paragraph.Provenance(candidate.Start, candidate.Length);
            projects.Add(new ProjectRecord(id, plan.Id, ownerId, name, provenance, description));
        }
    }

    /// <summary>The project id: one node per folded name per plan.</summary>
    public static string IdFor(string planId, string name) =>
        NodeIds.For(Labels.Project, planId, TextFolding.Fold(name));

    /// <summary>
    /// The printed name without the spaces PDF extraction puts beside CJK characters (“吉林 120 米” →
    /// “吉林120米”): they are layout, not text. Full-width forms and brackets stay as printed.
    /// </summary>
    public static string DisplayName(string printed) => TextFolding.CollapseCjkSpaces(printed.Trim());
}
