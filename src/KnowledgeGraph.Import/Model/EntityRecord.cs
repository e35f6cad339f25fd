using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import.Model;

/// <summary>
/// A shared node (Place, Agency, Strategy, Indicator, Document) by canonical name, with the
/// properties a rule or gazetteer knows about it. Several plans may produce the same entity;
/// the first in document order gives the provenance, unless its provenance only stands in for one
/// (<paramref name="ProvenanceStandsIn"/>: a line that does not print the entity, such as the
/// child's line for a place that is only an ancestor in this plan) and another record has a line
/// that prints it. A value, kept inline in its list, like <see cref="MentionRecord"/>.
/// </summary>
public readonly record struct EntityRecord(string Label, string Name, Props Props, Provenance Provenance, bool ProvenanceStandsIn = false)
{
    public string Id => NodeIds.ForName(Label, Name);
}
