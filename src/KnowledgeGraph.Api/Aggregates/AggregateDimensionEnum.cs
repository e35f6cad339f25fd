using GraphQL.Types;

namespace KnowledgeGraph.Api.Aggregates;

public sealed class AggregateDimensionEnum : EnumerationGraphType
{
    public const string Property = "PROPERTY";
    public const string Plan = "PLAN";
    public const string PlanLevel = "PLAN_LEVEL";
    public const string PlanRegion = "PLAN_REGION";
    public const string PlanKind = "PLAN_KIND";
    public const string Place = "PLACE";
    public const string Indicator = "INDICATOR";
    public const string Neighbour = "NEIGHBOUR";

    public AggregateDimensionEnum()
    {
        Name = "AggregateDimension";
        Description = "What to group counted nodes by.";
        Add(Property, Property, "A property of the node itself, named in 'property' (attribute, kind, category, level, unit…).");
        Add(Plan, Plan, "The plan the node belongs to; the bucket key is the plan id and 'plan' resolves it.");
        Add(PlanLevel, PlanLevel, "The level of the node's plan (for plans: their own level).");
        Add(PlanRegion, PlanRegion, "The region of the node's plan (for plans: their own region).");
        Add(PlanKind, PlanKind, "The kind of the node's plan (for plans: their own kind).");
        Add(Place, Place, "The name of the place: where a project is (LOCATED_IN), what a plan covers (COVERS), what a place lies within (WITHIN).");
        Add(Indicator, Indicator, "For goals: the name of the indicator they measure (MEASURES).");
        Add(Neighbour, Neighbour, "A property ('property', default name) of the neighbour across 'relationship' in 'direction'.");
    }
}
