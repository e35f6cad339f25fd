using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import.Model;

/// <summary>
/// A reference from a Section, Goal or Project to a Place, Agency or Strategy, by canonical name.
/// <see cref="Type"/> is the relationship to write: MENTIONS, LOCATED_IN, LED_BY or REFERS_TO.
/// A value, kept inline in its plan's list: at 100× some 420,000 of them live from the extraction
/// to the end of the link, which as objects were as many more for the collector to mark and copy.
/// </summary>
public readonly record struct MentionRecord(
    string FromId,
    string Type,
    string TargetLabel,
    string TargetName,
    Provenance Provenance);
