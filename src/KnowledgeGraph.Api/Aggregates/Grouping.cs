using System.Globalization;
using System.Text.RegularExpressions;
using GraphQL;
using KnowledgeGraph.Api.Common;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Aggregates;

/// <summary>An <c>AggregateGroupBy</c> input resolved for one label: the store's group key, a readable name, and the filter selecting one group.</summary>
public sealed partial record Grouping(GroupKey Key, string Description, bool KeyIsPlanId)
{
    public static Grouping From(string label, IDictionary<string, object?> input)
    {
        var dimension = (string)input["dimension"]!;
        var property = input.TryGetValue("property", out var p) ? (string?)p : null;
        if (property is not null && !PropertyName().IsMatch(property))
        {
            throw Error($"'property' must be a camelCase property name such as attribute or targetYear (got '{property}').");
        }
        var isPlan = label == Labels.Plan;
        return dimension switch
        {
            AggregateDimensionEnum.Property => property is null
                ? throw Error("PROPERTY needs 'property' (e.g. attribute, kind, category).")
                : new Grouping(new GroupKey.Property(property), "property " + property, false),
            AggregateDimensionEnum.Plan => isPlan
                ? throw Error("Plans do not belong to a plan: group plans by PROPERTY, PLAN_LEVEL or PLAN_REGION.")
                : new Grouping(new GroupKey.Property("planId"), "plan", true),
            AggregateDimensionEnum.PlanLevel => OfPlan("level", isPlan),
            AggregateDimensionEnum.PlanRegion => OfPlan("region", isPlan),
            AggregateDimensionEnum.PlanKind => OfPlan("kind", isPlan),
            AggregateDimensionEnum.Place => label switch
            {
                Labels.Project => Neighbour(RelationshipTypes.LocatedIn, EdgeDirection.Outgoing, "name", Labels.Place),
                Labels.Plan => Neighbour(RelationshipTypes.Covers, EdgeDirection.Outgoing, "name", Labels.Place),
                Labels.Place => Neighbour(RelationshipTypes.Within, EdgeDirection.Outgoing, "name", Labels.Place),
                _ => throw Error("PLACE groups projects (LOCATED_IN), plans (COVERS) and places (WITHIN); use NEIGHBOUR with MENTIONS for other labels."),
            },
            AggregateDimensionEnum.Indicator => label == Labels.Goal
                ? Neighbour(RelationshipTypes.Measures, EdgeDirection.Outgoing, "name", Labels.Indicator)
                : throw Error("INDICATOR groups goals only."),
            AggregateDimensionEnum.Neighbour => Neighbour(
                input.TryGetValue("relationship", out var r) && r is string type ? type : throw Error("NEIGHBOUR needs 'relationship'."),
                input.TryGetValue("direction", out var d) && d is LinkDirectionEnum.Incoming ? EdgeDirection.Incoming : EdgeDirection.Outgoing,
                property ?? "name",
                null),
            _ => throw Error($"unknown dimension {dimension}"),
        };
    }

    /// <summary>Only the nodes of one group, to count the second-level groups inside it.</summary>
    public NodeFilter SelectGroup(string? key) => Key switch
    {
        GroupKey.Property p => ValueIs(p.Name, key),
        GroupKey.PlanProperty p => key is null
            ? new NodeFilter.Not(new NodeFilter.OnPlan(new NodeFilter.PropertyExists(p.Name)))
            : new NodeFilter.OnPlan(ValueIs(p.Name, key)),
        GroupKey.Neighbour n => key is null
            ? new NodeFilter.Not(new NodeFilter.Related(n.Type, n.Direction, null, new NodeFilter.PropertyExists(n.Name)))
            : new NodeFilter.Related(n.Type, n.Direction, null, ValueIs(n.Name, key)),
        _ => throw new InvalidOperationException("unknown group key"),
    };

    private static NodeFilter ValueIs(string property, string? key)
    {
        if (key is null) return new NodeFilter.Not(new NodeFilter.PropertyExists(property));
        // Keys come back as text; a numeric property (a year, a depth) is stored as a number.
        if (double.TryParse(key, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new NodeFilter.Or([new NodeFilter.PropertyEquals(property, key), new NodeFilter.PropertyRange(property, number, number)]);
        }
        return new NodeFilter.PropertyEquals(property, key);
    }

    private static Grouping OfPlan(string property, bool isPlan) => isPlan
        ? new Grouping(new GroupKey.Property(property), "property " + property, false)
        : new Grouping(new GroupKey.PlanProperty(property), "plan." + property, false);

    private static Grouping Neighbour(string type, EdgeDirection direction, string property, string? label) =>
        new(new GroupKey.Neighbour(type, direction, property),
            direction == EdgeDirection.Outgoing ? $"{type}→{label ?? "neighbour"}.{property}" : $"{type}←{label ?? "neighbour"}.{property}",
            false);

    private static ExecutionError Error(string message) => new(message) { Code = "BAD_GROUPING" };

    [GeneratedRegex("^[a-z][A-Za-z0-9]{0,40}$")]
    private static partial Regex PropertyName();
}
