using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Linking;

/// <summary>
/// SUPPORTS: a project serves the goals its plan sets where it lists the project. The rule, kept
/// bounded so that a project in a chapter of a hundred goals is not linked to all of them:
/// <list type="number">
/// <item><c>section</c> (0.6): the goals stated in the project's own section (by the section or
/// by a box in it). Sharing a section is weak evidence — a section on regional layout states the
/// aims of several zones — and the confidence says so.</item>
/// <item><c>section:enclosing</c> (0.45 one level up, 0.35 two levels up): when the own section
/// states none, the goals of the nearest enclosing section that does, at most two levels up.</item>
/// <item>Of those, the goals whose measure lies in the project's field (+0.1) when there are any —
/// the tourism projects of 长春现代化都市圈's services section serve its 旅游业总收入 aim, not the
/// 上市企业 one beside it — otherwise the goals of no field (a film school there does not serve
/// 旅游业总收入, an industrial park beside the vaccine plants not 医药产业产值); a project outside every
/// field, in a section whose goals all lie in one field, supports them all, and none when they lie
/// in several (东北亚博览城 serves neither the 旅游业总收入 nor the 上市企业 aim beside it). At most
/// <see cref="MaxSectionGoals"/>, in document order.</item>
/// <item><c>measure:&lt;field&gt;</c> (0.45): indicator goals anywhere in the plan whose measure lies
/// in the project's field (a sewage plant and 地表水…水体比例; <see cref="SupportsFields"/>), at most
/// <see cref="MaxFieldGoals"/>, in document order.</item>
/// </list>
/// Goals of other plans are left to ALIGNS_WITH: a project supports its own plan's goals.
/// </summary>
public static class SupportsLinker
{
    public const int MaxSectionGoals = 6;
    public const int MaxAncestorDistance = 2;
    public const int MaxFieldGoals = 2;

    public const string BasisSection = "section";
    public const string BasisEnclosing = "section:enclosing";
    public const string BasisMeasure = "measure";

    public static IReadOnlyList<LinkRecord> Link(IReadOnlyList<ExtractedPlan> plans)
    {
        var links = new List<LinkRecord>();
        foreach (var plan in plans)
        {
            if (plan.Facts.Projects.Count > 0 && plan.Facts.Goals.Count > 0) LinkPlan(plan, links);
        }
        return links;
    }

    private static void LinkPlan(ExtractedPlan plan, List<LinkRecord> links)
    {
        var parent = new Dictionary<string, string?>(StringComparer.Ordinal);
        var sectionOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var section in plan.Plan.Sections) Walk(section, null, parent, sectionOf);

        var goalsBySection = new Dictionary<string, List<GoalRecord>>(StringComparer.Ordinal);
        foreach (var goal in plan.Facts.Goals)
        {
            if (!sectionOf.TryGetValue(goal.OwnerId, out var section)) continue;
            (goalsBySection.TryGetValue(section, out var list) ? list : goalsBySection[section] = []).Add(goal);
        }
        // Each goal's fields are read once per plan, not once per project near it.
        var goalFields = new Dictionary<GoalRecord, int>(plan.Facts.Goals.Count, ReferenceEqualityComparer.Instance);
        foreach (var goal in plan.Facts.Goals) goalFields[goal] = SupportsFields.OfMeasure(goal.Measure ?? goal.Text);
        var indicatorGoals = plan.Facts.Goals.Where(g => g.Kind == GoalKinds.Indicator && goalFields[g] != 0).ToList();

        var linked = new HashSet<(string Project, string Goal)>();
        foreach (var project in plan.Facts.Projects)
        {
            if (!sectionOf.TryGetValue(project.OwnerId, out var start)) continue;
            var fields = FieldsOf(project);
            bool InField(GoalRecord g) => (goalFields[g] & fields) != 0;

            var (goals, distance) = NearestGoals(start, parent, goalsBySection);
            if (goals is not null)
            {
                var basis = distance == 0 ? BasisSection : BasisEnclosing;
                var confidence = distance switch { 0 => 0.6, 1 => 0.45, _ => 0.35 };
                var inField = fields != 0 && goals.Exists(InField);
                // A goal of some field is a guess for a project of none: taken only when the section states
                // nothing else, and only when its goals share a field (the section is about that field).
                var guessFieldGoals = fields == 0 && SharedField(goals, goalFields) != 0;
                bool Candidate(GoalRecord g) => inField ? InField(g) : goalFields[g] == 0 || guessFieldGoals;
                foreach (var goal in goals.Where(Candidate).OrderBy(g => g.Provenance.LineStart).Take(MaxSectionGoals))
                {
                    if (!linked.Add((project.Id, goal.Id))) continue;
                    links.Add(Supports(project, goal, basis, inField ? confidence + 0.1 : confidence));
                }
            }
            if (fields == 0) continue;
            var byField = 0;
            foreach (var goal in indicatorGoals)
            {
                if (byField == MaxFieldGoals) break;
                var shared = goalFields[goal] & fields;
                if (shared == 0 || !linked.Add((project.Id, goal.Id))) continue;
                links.Add(Supports(project, goal, $"{BasisMeasure}:{SupportsFields.FirstOf(shared)}", 0.45));
                byField++;
            }
        }
    }

    /// <summary>
    /// The fields of a project's name; for a name of none, those of the label of the list that
    /// names it (东北亚博览城 under 旅游会展重点项目). A longer description is the project's own
    /// account of itself, whose words (大数据 in a river clean-up's methods) are not its field.
    /// </summary>
    private static int FieldsOf(ProjectRecord project)
    {
        var fields = SupportsFields.OfProject(project.Name);
        return fields == 0 && project.Description is { Length: <= MaxListLabelLength } label ? SupportsFields.OfProject(label) : fields;
    }

    private const int MaxListLabelLength = 20;

    /// <summary>The fields every one of <paramref name="goals"/> lies in; none when any lies in no field.</summary>
    private static int SharedField(List<GoalRecord> goals, Dictionary<GoalRecord, int> goalFields)
    {
        var shared = ~0;
        foreach (var goal in goals) shared &= goalFields[goal];
        return shared;
    }

    private static (List<GoalRecord>? Goals, int Distance) NearestGoals(
        string start, Dictionary<string, string?> parent, Dictionary<string, List<GoalRecord>> goalsBySection)
    {
        string? at = start;
        for (var distance = 0; at is not null && distance <= MaxAncestorDistance; distance++)
        {
            if (goalsBySection.TryGetValue(at, out var goals)) return (goals, distance);
            at = parent[at];
        }
        return (null, 0);
    }

    private static void Walk(SectionNode section, string? parentId, Dictionary<string, string?> parent, Dictionary<string, string> sectionOf)
    {
        parent[section.Id] = parentId;
        sectionOf[section.Id] = section.Id;
        foreach (var block in section.Content)
        {
            if (block is ColumnBlock box) sectionOf[box.Id] = section.Id;
        }
        foreach (var child in section.Children) Walk(child, section.Id, parent, sectionOf);
    }

    private static LinkRecord Supports(ProjectRecord project, GoalRecord goal, string basis, double confidence) =>
        new(RelationshipTypes.Supports, project.Id, goal.Id, project.Provenance,
            SharedProps.Of("basis", basis, "confidence", Math.Round(confidence, 3)));
}
