using KnowledgeGraph.Import.Extraction;
using KnowledgeGraph.Import.Extraction.Mentions;

namespace KnowledgeGraph.Import.Linking;

/// <summary>import/gazetteers/documents.json: printed titles known to mean a corpus plan whose title no spelling rule reaches.</summary>
public sealed class CitationAliases
{
    public const string FileName = "documents.json";

    private readonly Dictionary<string, string> _byCore;

    private CitationAliases(Dictionary<string, string> byCore) => _byCore = byCore;

    /// <summary>The corpus title a cited title stands for (by core form), or null.</summary>
    public string? TitleFor(string core) => _byCore.GetValueOrDefault(core);

    public static CitationAliases Load(ExtractionContext context)
    {
        var path = context.GazetteerPath(FileName);
        if (!File.Exists(path)) return new CitationAliases([]);
        var file = GazetteerFile.Read<AliasesDocument>(path);
        var byCore = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var alias in file.Aliases ?? [])
        {
            if (string.IsNullOrWhiteSpace(alias.Printed) || string.IsNullOrWhiteSpace(alias.Title)) throw GazetteerFile.Invalid(FileName, "an alias needs printed and title");
            if (string.IsNullOrWhiteSpace(alias.Why)) throw GazetteerFile.Invalid(FileName, $"{alias.Printed}: say why it is the same plan");
            byCore[CitationTitles.Core(alias.Printed)] = CitationTitles.Core(alias.Title);
        }
        return new CitationAliases(byCore);
    }

    private sealed record AliasesDocument(List<AliasJson>? Aliases);
    private sealed record AliasJson(string Printed, string Title, string? Why);
}
