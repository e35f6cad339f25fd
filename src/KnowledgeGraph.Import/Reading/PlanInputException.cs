namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// A plan file that cannot be imported, with the file and (where it applies) the line, so the
/// message tells the user exactly what to fix.
/// </summary>
public sealed class PlanInputException(string file, int? line, string reason)
    : Exception(line is null ? $"{file}: {reason}" : $"{file}:{line}: {reason}")
{
    public string File { get; } = file;
    public int? Line { get; } = line;
    public string Reason { get; } = reason;
}
