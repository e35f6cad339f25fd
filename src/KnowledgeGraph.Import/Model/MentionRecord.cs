using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import.Model;

/// <summary>
/// A reference from a Section, Goal or Project to a Place, Agency or Strategy, by canonical name.
/// <see cref="Type"/> is the relationship to write: MENTIONS, LOCATED_IN, LED_BY or REFERS_TO.
/// </summary>
public sealed record MentionRecord(
    string FromId,
    string Type,
    string TargetLabel,
    string TargetName,
    Provenance Provenance);
