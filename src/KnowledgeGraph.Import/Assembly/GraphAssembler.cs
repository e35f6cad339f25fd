using System.Collections.Immutable;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Linking;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Assembly;

/// <summary>
/// Turns the passes' records into the graph of MODEL.md: plans and their structure, then goals,
/// projects and the shared entities, then every relationship. Order follows the documents, so
/// the same input always gives the same graph.
/// </summary>
public static class GraphAssembler
{
    public static GraphSnapshot Assemble(IReadOnlyList<ExtractedPlan> plans, LinkFacts links) => Assemble(plans, () => links);

    /// <summary>
    /// Assembles the plans' own nodes and relationships while <paramref name="linkPass"/> runs (the
    /// link pass reads the same plans and needs none of this), then adds the links: the same
    /// graph as one pass after the other, with the two halves side by side.
    /// </summary>
    public static GraphSnapshot Assemble(IReadOnlyList<ExtractedPlan> plans, Func<LinkFacts> linkPass)
    {
        var assembling = Task.Run(() =>
        {
            var fileLines = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
            foreach (var plan in plans)
            {
                if (plan.Plan.FileLines is { } lines) fileLines[lines.File] = lines.Numbers;
            }
            var graph = new GraphBuilder(NodesOf(plans), fileLines);
            // A plan that only implies an entity (an ancestor of a place it names, a region its
            // title does not print) gives it a line only when no plan prints it: those records wait
            // until every plan's have been added, the facts' before the plans' own.
            var regionStandIns = new List<EntityRecord>();
            var factStandIns = new List<EntityRecord>();
            foreach (var plan in plans) AddPlan(graph, plan.Plan, regionStandIns);
            foreach (var plan in plans) AddFacts(graph, plan, factStandIns);
            foreach (var entity in factStandIns) AddEntity(graph, entity);
            foreach (var entity in regionStandIns) AddEntity(graph, entity);
            return graph;
        });
        var links = linkPass();
        var graph = assembling.GetAwaiter().GetResult();
        foreach (var entity in links.Entities) AddEntity(graph, entity);
        foreach (var link in links.Links) graph.AddEdge(link.Type, link.FromId, link.ToId, link.Provenance, link.Props);
        return graph.Build();
    }

    /// <summary>
    /// How many nodes the plans' own records make, at most: the builder's tables of ids are made
    /// that large at once. Grown by doubling they left large arrays behind at 100×, and large arrays
    /// are what set off the collector's full passes over the heap. (Relationships are kept in chunks.)
    /// </summary>
    private static int NodesOf(IReadOnlyList<ExtractedPlan> plans)
    {
        var nodes = 0;
        foreach (var plan in plans)
        {
            var facts = plan.Facts;
            var structure = 0;
            foreach (var section in plan.Plan.AllSections()) structure += 1 + Columns(section.Content);
            structure += Columns(plan.Plan.Front);
            // Entity records repeat one node per mention of it: an upper bound.
            nodes += 1 + structure + facts.Goals.Count + facts.Projects.Count + facts.Entities.Count + 2;
        }
        return nodes;
    }

    private static int Columns(ImmutableArray<IContentBlock> blocks)
    {
        var count = 0;
        foreach (var block in blocks) count += block is ColumnBlock ? 1 : 0;
        return count;
    }

    private static void AddPlan(GraphBuilder graph, StructuredPlan plan, List<EntityRecord> standIns)
    {
        var m = plan.Metadata;
        var provenance = PlanProvenance(plan);
        graph.AddNode(plan.Id, Labels.Plan, Props.Of(
            ("title", m.Title), ("level", m.Level), ("kind", m.Kind), ("region", m.Region),
            ("periodStart", m.PeriodStart), ("periodEnd", m.PeriodEnd), ("visionYear", m.VisionYear),
            ("issuer", m.Issuer), ("issuedOn", m.IssuedOn), ("sequence", m.SequenceNumber),
            ("inferred", m.Inferred.Count == 0 ? null : string.Join(",", m.Inferred))), provenance);

        if (plan.CollectionId is { } collection) graph.AddEdge(RelationshipTypes.PartOf, plan.Id, collection, provenance);
        if (m.Issuer is { } issuer)
        {
            var agency = new EntityRecord(Labels.Agency, issuer, Props.Of(("name", issuer)), provenance);
            AddEntity(graph, agency);
            graph.AddEdge(RelationshipTypes.IssuedBy, plan.Id, agency.Id, provenance);
        }
        var printed = provenance.QuoteSpan().Contains(m.Region, StringComparison.Ordinal);
        var place = new EntityRecord(Labels.Place, m.Region, Props.Of(("name", m.Region), ("kind", PlaceKindOf(m.Level))), provenance, !printed);
        if (printed) AddEntity(graph, place);
        else standIns.Add(place);
        graph.AddEdge(RelationshipTypes.Covers, plan.Id, place.Id, provenance);

        foreach (var block in plan.Front) AddBlock(graph, plan.Id, null, block);
        foreach (var section in plan.Sections) AddSection(graph, plan.Id, plan.Id, section);
    }

    private static void AddSection(GraphBuilder graph, string planId, string parentId, SectionNode section)
    {
        var provenance = section.Origin.Provenance();
        graph.AddNode(section.Id, Labels.Section, Props.Of(
            ("number", section.Number), ("title", section.Title), ("titleMissing", section.HeadingLost ? true : null),
            ("depth", section.Depth), ("ordinal", section.Ordinal), ("planId", planId)), provenance);
        graph.AddEdge(RelationshipTypes.HasSection, parentId, section.Id, provenance);
        foreach (var block in section.Content) AddBlock(graph, planId, section.Id, block);
        foreach (var child in section.Children) AddSection(graph, planId, section.Id, child);
    }

    private static void AddBlock(GraphBuilder graph, string planId, string? sectionId, IContentBlock block)
    {
        if (block is not ColumnBlock column) return;
        var provenance = ColumnProvenance(column);
        graph.AddNode(column.Id, Labels.Column, Props.Of(
            ("number", column.Number.Length == 0 ? null : column.Number), ("title", column.Title), ("titleMissing", column.TitleLine is null ? true : null),
            ("planId", planId)), provenance);
        // A box before the first heading hangs off the plan's first section-less level: the plan itself.
        graph.AddEdge(RelationshipTypes.HasColumn, sectionId ?? planId, column.Id, provenance);
    }

    private static void AddFacts(GraphBuilder graph, ExtractedPlan plan, List<EntityRecord> standIns)
    {
        var facts = plan.Facts;
        foreach (var entity in facts.Entities)
        {
            if (entity.ProvenanceStandsIn) standIns.Add(entity);
            else AddEntity(graph, entity);
        }
        foreach (var goal in facts.Goals)
        {
            graph.AddNode(goal.Id, Labels.Goal, Props.Of(
                ("text", goal.Text), ("kind", goal.Kind), ("category", goal.Category),
                ("baseline", goal.Baseline), ("baselineYear", goal.BaselineYear),
                ("target", goal.Target), ("targetYear", goal.TargetYear), ("growth", goal.Growth),
                ("attribute", goal.Attribute), ("unit", goal.Unit),
                ("baselineValue", goal.BaselineValue), ("targetValue", goal.TargetValue),
                ("targetMin", goal.TargetMin), ("targetMax", goal.TargetMax),
                ("planId", goal.PlanId)), goal.Provenance);
            graph.AddEdge(RelationshipTypes.States, goal.OwnerId, goal.Id, goal.Provenance);
        }
        foreach (var project in facts.Projects)
        {
            graph.AddNode(project.Id, Labels.Project, Props.Of(
                ("name", project.Name), ("description", project.Description), ("planId", project.PlanId)), project.Provenance);
            graph.AddEdge(RelationshipTypes.Lists, project.OwnerId, project.Id, project.Provenance);
        }
        foreach (var mention in facts.Mentions)
        {
            graph.AddEdge(mention.Type, mention.FromId, NodeIds.ForName(mention.TargetLabel, mention.TargetName), mention.Provenance);
        }
        foreach (var link in facts.Links) graph.AddEdge(link.Type, link.FromId, link.ToId, link.Provenance, link.Props);
    }

    private static void AddEntity(GraphBuilder graph, EntityRecord entity) =>
        graph.AddNode(NodeIds.ForName(entity.Label, entity.Name), entity.Label, entity.Props, entity.Provenance);

    private static Provenance PlanProvenance(StructuredPlan plan)
    {
        if (plan.TitleLines.Count > 0)
        {
            var first = plan.TitleLines[0];
            var last = plan.TitleLines[^1];
            var quote = string.Concat(plan.TitleLines.Select(p => p.Text));
            return Provenance.Create(first.File, first.LineStart, last.LineEnd, quote);
        }
        var opening = plan.Front.OfType<Paragraph>().FirstOrDefault()
            ?? plan.Sections.FirstOrDefault()?.Heading;
        return opening?.Provenance() ?? throw new InvalidOperationException($"plan {plan.Id} has no text");
    }

    private static Provenance ColumnProvenance(ColumnBlock column)
    {
        if (column.TitleLine is { } title) return title.Provenance();
        var body = column.Body[0];
        return Provenance.Create(body.File, column.LineStart, column.LineEnd, body.Text);
    }

    private static string PlaceKindOf(string level) => level switch
    {
        PlanLevels.Province => PlaceKinds.Province,
        PlanLevels.City => PlaceKinds.City,
        PlanLevels.Zone => PlaceKinds.Zone,
        _ => PlaceKinds.District,
    };
}
