using GraphQL.Types;
using KnowledgeGraph.Api.Common;
using KnowledgeGraph.Api.Plans;

namespace KnowledgeGraph.Api.Trace;

public sealed class TraceTargetInputType : InputObjectGraphType<TraceTarget>
{
    public TraceTargetInputType()
    {
        Name = "TraceTargetInput";
        Description = "Nodes a targeted trace looks for or must pass: every given field must hold; at least one must be given. " +
            "planLevel and planRegion are those of the node's plan (a plan's own for a plan).";
        Field<NodeLabelEnum>("label").Description("The node's label.");
        Field<PlanLevelEnum>("planLevel").Description("The level of the node's plan.");
        Field<StringGraphType>("planRegion").Description("The region of the node's plan, exactly as named (长春市, 绿园区).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("ids").Description("One of these nodes.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new TraceTarget(
        value.TryGetValue("label", out var label) ? (string?)label : null,
        value.TryGetValue("planLevel", out var level) ? (string?)level : null,
        value.TryGetValue("planRegion", out var region) ? (string?)region : null,
        value.TryGetValue("ids", out var ids) && ids is IEnumerable<object?> list ? list.Select(i => i?.ToString() ?? "").ToList() : null);
}
