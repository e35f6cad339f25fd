namespace KnowledgeGraph.Import.Extraction.Strategies;

/// <summary>A strategy named in a folded text: where, its canonical name, and whether the gazetteer or the shape rule knew it.</summary>
public sealed record StrategyHit(int Start, int Length, string Name, StrategyEntry? Entry);
