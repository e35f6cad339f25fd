using GraphQL.Types;
using KnowledgeGraph.Api.Common;

namespace KnowledgeGraph.Api.Aggregates;

public sealed class LabelCountType : ObjectGraphType<NamedCount>
{
    public LabelCountType()
    {
        Name = "LabelCount";
        Description = "How many nodes carry a label.";
        Field<NonNullGraphType<NodeLabelEnum>>("label").Description("The label.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many nodes.").Resolve(c => c.Source.Count);
    }
}
