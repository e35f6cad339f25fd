using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import.Pipeline;

/// <summary>A file left out of an import run with --skip-invalid, and why.</summary>
public sealed record SkippedFile(string File, int? Line, string Reason)
{
    public override string ToString() => Line is null ? $"{File}: {Reason}" : $"{File}:{Line}: {Reason}";
}

/// <summary>The graph an import built, the files it read (converted ones noted) and the files it skipped.</summary>
public sealed record ImportResult(
    GraphSnapshot Graph,
    IReadOnlyList<string> Files,
    IReadOnlyList<SkippedFile> Skipped,
    IReadOnlyList<string> Notes,
    long SourceBytes);

/// <summary>Progress of an import run: the pass and how many of the files it has done.</summary>
public readonly record struct ImportProgress(string Stage, int Done, int Total);
