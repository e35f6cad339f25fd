using GraphQL.Types;

namespace KnowledgeGraph.Api.Common;

public sealed class LinkDirectionEnum : EnumerationGraphType
{
    public const string Outgoing = "OUTGOING";
    public const string Incoming = "INCOMING";

    public LinkDirectionEnum()
    {
        Name = "LinkDirection";
        Description = "Which way a relationship points, seen from the node that lists it.";
        Add(Outgoing, Outgoing, "The relationship starts at the listing node and ends at the listed one.");
        Add(Incoming, Incoming, "The relationship starts at the listed node and ends at the listing one.");
    }
}
