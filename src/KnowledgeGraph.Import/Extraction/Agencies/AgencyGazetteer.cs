using KnowledgeGraph.Import.Extraction.Mentions;

namespace KnowledgeGraph.Import.Extraction.Agencies;

/// <summary>A curated body: canonical name, kind (GOVERNMENT, PARTY, ORGANISATION) and other printed names.</summary>
public sealed record AgencyEntry(string Name, string Kind, IReadOnlyList<string> Aliases)
{
    public bool IsOrganisation => Kind == AgencyKinds.Organisation;
}

public static class AgencyKinds
{
    public const string Government = "GOVERNMENT";
    public const string Party = "PARTY";
    public const string Organisation = "ORGANISATION";

    public static readonly IReadOnlyList<string> All = [Government, Party, Organisation];
}

/// <summary>import/gazetteers/agencies.json loaded, with an automaton over every printed name.</summary>
public sealed class AgencyGazetteer
{
    public const string FileName = "agencies.json";

    private AgencyGazetteer(TermAutomaton<AgencyEntry> automaton) => Automaton = automaton;

    public TermAutomaton<AgencyEntry> Automaton { get; }

    public static AgencyGazetteer Load(ExtractionContext context) => Load(context.GazetteerPath(FileName));

    public static AgencyGazetteer Load(string path)
    {
        var file = GazetteerFile.Read<AgenciesDocument>(path);
        var terms = new List<(string, AgencyEntry)>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in file.Agencies ?? [])
        {
            if (string.IsNullOrWhiteSpace(a.Name)) throw GazetteerFile.Invalid(FileName, "an agency has no name");
            if (!AgencyKinds.All.Contains(a.Kind)) throw GazetteerFile.Invalid(FileName, $"{a.Name}: kind '{a.Kind}' is not one of {string.Join(", ", AgencyKinds.All)}");
            if (!names.Add(a.Name)) throw GazetteerFile.Invalid(FileName, $"{a.Name} is listed twice");
            var entry = new AgencyEntry(a.Name, a.Kind!, a.Aliases ?? []);
            foreach (var printed in entry.Aliases.Prepend(entry.Name)) terms.Add((FoldedText.Fold(printed), entry));
        }
        return new AgencyGazetteer(new TermAutomaton<AgencyEntry>(terms));
    }

    private sealed record AgenciesDocument(List<AgencyJson>? Agencies);
    private sealed record AgencyJson(string Name, string? Kind, List<string>? Aliases);
}
