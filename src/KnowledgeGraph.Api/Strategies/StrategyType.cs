using KnowledgeGraph.Api.Common;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Strategies;

public sealed class StrategyType : NodeGraphType
{
    public StrategyType(IOptions<ApiLimitsOptions> options)
        : base(Labels.Strategy, "A named strategy, slogan or programme that plans refer to (一主六双…).", options.Value)
    {
        RequiredText("name", "The normalised name (一主六双, not 一主、六双).");
        Related<NodeInterface>("referencedBy", "Sections, goals and projects referring to this strategy (REFERS_TO).",
            new RelationSpec(RelationshipTypes.RefersTo, EdgeDirection.Incoming));
    }
}
