namespace KnowledgeGraph.Import.Extraction.Places;

/// <summary>How a place was recognised: from the gazetteer, or by a rule (its suffix and surroundings).</summary>
public enum PlaceSource
{
    Gazetteer,
    /// <summary>…镇 / …乡 / …街道 after a clear word boundary.</summary>
    TownRule,
    /// <summary>A known area followed by a zone or park name: 四平 + 红嘴经济技术开发区.</summary>
    ZoneRule,
}

/// <summary>
/// A place named in a folded text: where (folded offsets), its canonical name and kind, and the
/// parent a rule read from the text (the area printed right before it: 双阳区奢岭街道).
/// </summary>
public sealed record PlaceHit(int Start, int Length, string Name, string Kind, PlaceSource Source, string? TextParent)
{
    public int End => Start + Length;
}
