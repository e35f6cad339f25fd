using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using KnowledgeGraph.Api.Common.Connections;
using KnowledgeGraph.Api.Common.Filtering;
using KnowledgeGraph.Api.Common.Loading;
using KnowledgeGraph.Api.Plans;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Common;

/// <summary>
/// Base of the graph type of one label: implements Node, and offers the field shapes every label
/// uses (properties, relationship connections, the owning plan) so each type file lists only its fields.
/// </summary>
public abstract class NodeGraphType : ObjectGraphType<GraphNode>
{
    protected NodeGraphType(string label, string description, ApiLimitsOptions limits)
    {
        Name = label;
        Description = description;
        Limits = limits;
        IsTypeOf = o => o is GraphNode node && node.Label == label;
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable global id (Relay): the same document always yields the same id.")
            .Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ProvenanceType>>("provenance").Description("Where this node was read in the plan files.")
            .Resolve(c => c.Source.Provenance);
    }

    protected ApiLimitsOptions Limits { get; }

    protected void Text(string name, string description) =>
        Field<StringGraphType>(name).Description(description).Resolve(c => c.Source.Props.GetString(name));

    protected void RequiredText(string name, string description) =>
        Field<NonNullGraphType<StringGraphType>>(name).Description(description).Resolve(c => c.Source.Props.GetString(name) ?? "");

    protected void Integer(string name, string description) =>
        Field<IntGraphType>(name).Description(description).Resolve(c => c.Source.Props.GetNumber(name) is { } n ? (int?)n : null);

    protected void Number(string name, string description) =>
        Field<FloatGraphType>(name).Description(description).Resolve(c => c.Source.Props.GetNumber(name));

    protected void Enum<TEnumType>(string name, string description)
        where TEnumType : EnumerationGraphType =>
        Field<TEnumType>(name).Description(description).Resolve(c => c.Source.Props.GetString(name));

    /// <summary>A connection of neighbours across a relationship.</summary>
    protected FieldType Related<TNodeType>(string name, string description, RelationSpec spec)
        where TNodeType : IGraphType =>
        PageArguments(Field<NonNullGraphType<NodeConnectionType<TNodeType>>>(name).Description(description))
            .Resolve(c => Relations.Page(c, c.Source.Id, spec, PageRequest.From(c, Limits)))
            .FieldType.Expect(Limits, spec.FanOut);

    /// <summary>A connection of neighbours whose edges expose the relationship (basis, confidence, provenance).</summary>
    protected FieldType Linked<TNodeType>(string name, string description, RelationSpec spec)
        where TNodeType : IGraphType =>
        PageArguments(Field<NonNullGraphType<LinkConnectionType<TNodeType>>>(name).Description(description))
            .Resolve(c => Relations.Page(c, c.Source.Id, spec, PageRequest.From(c, Limits)))
            .FieldType.Expect(Limits, spec.FanOut);

    /// <summary>The first neighbour across a relationship, for relationships with one far end.</summary>
    protected void One<TNodeType>(string name, string description, RelationSpec spec)
        where TNodeType : IGraphType =>
        Field<TNodeType>(name).Description(description).Resolve(c => Relations.First(c, c.Source.Id, spec));

    /// <summary>The plan a section, column, goal or project belongs to (its <c>planId</c>).</summary>
    protected void OwningPlan() =>
        Field<PlanType>("plan").Description("The plan this belongs to.")
            .Resolve(c => c.Source.Props.GetString(NodesByPlanDataLoader.PlanIdProperty) is { } planId
                ? c.NodeLoader().Load(planId)
                : DataLoaderResultExtensions.Done<GraphNode?>(null));

    /// <summary>
    /// All nodes of a label belonging to this plan, filtered and sorted like the top-level list; all
    /// plans of a page are read in one store query.
    /// </summary>
    protected FieldType PlanScoped<TNodeType, TFilterType, TOrderFieldEnum>(string name, string description, string label)
        where TNodeType : IGraphType
        where TFilterType : IGraphType, IFilterInput
        where TOrderFieldEnum : EnumerationGraphType =>
        PageArguments(Field<NonNullGraphType<NodeConnectionType<TNodeType>>>(name).Description(description)
                .Argument<TFilterType>("where", "Only nodes matching this filter.")
                .Argument<ListGraphType<NonNullGraphType<OrderInputType<TOrderFieldEnum>>>>(OrderArguments.ArgumentName,
                    "Sort keys; without them the list keeps document order."))
            .Resolve(c =>
            {
                var page = PageRequest.From(c, Limits);
                var scope = new PlanScope(c.Source.Id, label, FilterTranslation.FromArgument(c, Limits), OrderArguments.From(c));
                return c.PlanNodeLoader().Load(scope).Then(nodes => Connections.Connection.Slice(nodes, page, (n, cursor) => new NodeEdge(cursor, n)));
            })
            .FieldType.Expect(Limits);

    private FieldBuilder<GraphNode, object> PageArguments(FieldBuilder<GraphNode, object> field) => PageRequest.AddArguments(field, Limits);
}
