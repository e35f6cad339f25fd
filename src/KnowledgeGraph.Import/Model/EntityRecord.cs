using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import.Model;

/// <summary>
/// A shared node (Place, Agency, Strategy, Indicator, Document) by canonical name, with the
/// properties a rule or gazetteer knows about it. Several plans may produce the same entity;
/// the first in document order gives the provenance. A value, kept inline in its list, like
/// <see cref="MentionRecord"/>.
/// </summary>
public readonly record struct EntityRecord(string Label, string Name, Props Props, Provenance Provenance)
{
    public string Id => NodeIds.ForName(Label, Name);
}
