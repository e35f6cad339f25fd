using GraphQL.Types;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.Common;

public sealed class RelationshipTypeEnum : EnumerationGraphType
{
    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [RelationshipTypes.PartOf] = "Plan → Plan: a special plan is part of a compilation.",
        [RelationshipTypes.Implements] = "Plan → Plan: a lower-level plan implements the plan of the area above it (derived: basis, confidence).",
        [RelationshipTypes.Cites] = "Plan/Section → Plan/Document: an explicit 《…》 citation.",
        [RelationshipTypes.HasSection] = "Plan/Section → Section: document structure, ordered by ordinal.",
        [RelationshipTypes.HasColumn] = "Section → Column: a boxed list (专栏/表) inside a section.",
        [RelationshipTypes.States] = "Section/Column → Goal: the text that states a goal.",
        [RelationshipTypes.Measures] = "Goal → Indicator: the canonical measure a goal targets.",
        [RelationshipTypes.Lists] = "Column/Section → Project: a project named in a list or the text.",
        [RelationshipTypes.Mentions] = "Section/Goal/Project → Place/Agency: a named area or body.",
        [RelationshipTypes.LocatedIn] = "Project → Place: where the project is.",
        [RelationshipTypes.LedBy] = "Project/Plan → Agency: the body leading the project, or leading or coordinating the plan's implementation (role: its part as printed).",
        [RelationshipTypes.IssuedBy] = "Plan → Agency: the body that issued the plan.",
        [RelationshipTypes.Covers] = "Plan → Place: the plan's area.",
        [RelationshipTypes.Within] = "Place → Place: administrative containment.",
        [RelationshipTypes.RefersTo] = "Section/Goal/Project → Strategy: a named strategy the text refers to.",
        [RelationshipTypes.AlignsWith] = "Goal → Goal: a lower-level goal serving a higher-level one (derived: basis, confidence).",
        [RelationshipTypes.SameAs] = "Project → Project: the same project named in plans of different levels (derived: basis, confidence).",
        [RelationshipTypes.Supports] = "Project → Goal: a project serving a goal (derived: basis, confidence).",
    };

    public RelationshipTypeEnum()
    {
        Name = "RelationshipType";
        Description = "Relationship types of the plan graph, as in SQLite, Neo4j and the export.";
        foreach (var type in RelationshipTypes.All) Add(type, type, Descriptions[type]);
    }
}
