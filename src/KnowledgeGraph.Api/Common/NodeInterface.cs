using GraphQL.Types;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Common;

public sealed class NodeInterface : InterfaceGraphType<GraphNode>
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "Anything in the plan graph. The id is stable across re-imports of the same documents and starts with a label prefix (plan_, goal_, proj_…); use it with Query.node.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable global id (Relay): the same document always yields the same id.");
        Field<NonNullGraphType<ProvenanceType>>("provenance").Description("Where this node was read in the plan files.");
    }
}
