namespace KnowledgeGraph.Import.Extraction.Strategies;

/// <summary>
/// A strategy named in a folded text: where, its canonical name, and the gazetteer's entry when it
/// has one; <paramref name="Called"/> when only the text's own word (“…”战略) makes it a strategy.
/// </summary>
public sealed record StrategyHit(int Start, int Length, string Name, StrategyEntry? Entry, bool Called = false);
