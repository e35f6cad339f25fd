using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction;
using KnowledgeGraph.Import.Manifest;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Reading;
using KnowledgeGraph.Import.Structure;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Extraction;

/// <summary>
/// Golden examples for the entity families. An example is an excerpt of a plan file
/// (Golden/&lt;name&gt;.txt): a header of “% key: value” lines — source file, first line number,
/// and the plan's metadata (title, level, kind, region, issuer, period) — then “%%” and the
/// excerpt as printed. The excerpt is read at its original line numbers, run through the
/// normalise and structure passes and one family, and the family's records are compared with
/// Golden/&lt;name&gt;.json. A difference fails with the lines that differ; UPDATE_GOLDEN=1 rewrites
/// the expected file instead.
/// </summary>
public static class EntityGolden
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IEnumerable<object[]> Examples(string family) =>
        Directory.GetFiles(GoldenDirectory(family), "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).Select(n => new object[] { n! });

    public static void Check(string family, string example, Func<StructuredPlan, ExtractionContext, PlanFacts> extract)
    {
        var directory = GoldenDirectory(family);
        var plan = Read(Path.Combine(directory, example + ".txt"));
        var facts = extract(plan, new ExtractionContext(Corpus.ImportDirectory));
        var actual = Render(plan, facts);
        var expectedPath = Path.Combine(directory, example + ".json");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
            return;
        }
        Assert.True(File.Exists(expectedPath), $"no expected records for {family}/{example}: run with UPDATE_GOLDEN=1 and review the file");
        var expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");
        if (expected == actual) return;
        Assert.Fail($"{family}/{example}: records differ from {example}.json\n{Diff(expected, actual)}");
    }

    /// <summary>The examples that quote “…”, each with straight quotes and with corner brackets to print them instead.</summary>
    public static IEnumerable<object[]> QuotingExamples(string family) =>
        Examples(family).Select(e => (string)e[0])
            .Where(n => File.ReadAllText(Path.Combine(GoldenDirectory(family), n + ".txt")).Contains('“'))
            .SelectMany(n => new[] { new object[] { n, "\"", "\"" }, [n, "「", "」"] });

    /// <summary>
    /// The example with its “…” printed another way (<paramref name="open"/>…<paramref name="close"/>),
    /// as other plans' extractions print quotes: the records are the example's, unchanged.
    /// </summary>
    public static void CheckQuotedOtherwise(string family, string example, string open, string close, Func<StructuredPlan, ExtractionContext, PlanFacts> extract) =>
        CheckReprinted(family, example, $"quoted {open}…{close}", line => line.Replace("“", open).Replace("”", close), extract);

    /// <summary>The example with each line as <paramref name="reprint"/> prints it: the records are the example's, unchanged.</summary>
    public static void CheckReprinted(string family, string example, string printing, Func<string, string> reprint, Func<StructuredPlan, ExtractionContext, PlanFacts> extract)
    {
        var directory = GoldenDirectory(family);
        var plan = Read(Path.Combine(directory, example + ".txt"), reprint);
        var actual = Render(plan, extract(plan, new ExtractionContext(Corpus.ImportDirectory)));
        var expected = File.ReadAllText(Path.Combine(directory, example + ".json")).ReplaceLineEndings("\n");
        if (expected != actual) Assert.Fail($"{family}/{example} {printing}: records differ from {example}.json\n{Diff(expected, actual)}");
    }

    /// <summary>The excerpt as a plan, at its original line numbers (each line of it as <paramref name="reprint"/> prints it).</summary>
    public static StructuredPlan Read(string path, Func<string, string>? reprint = null)
    {
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = File.ReadAllLines(path);
        var body = 0;
        for (; body < lines.Length; body++)
        {
            if (lines[body] == "%%") { body++; break; }
            var colon = lines[body].IndexOf(':');
            header[lines[body][1..colon].Trim()] = lines[body][(colon + 1)..].Trim();
        }
        var first = int.Parse(header["line"]);
        var text = new StringBuilder();
        text.Append('\n', first - 1);
        foreach (var line in lines.Skip(body)) text.Append(reprint is null ? line : reprint(line)).Append('\n');
        int? Year(string key) => header.TryGetValue(key, out var v) ? int.Parse(v) : null;
        var entry = new ManifestEntry(header["source"], header["title"], header["level"], header.GetValueOrDefault("kind", PlanKinds.FiveYear),
            header["region"], Year("periodStart"), Year("periodEnd"), null, header.GetValueOrDefault("issuer"), null, [], null);
        var source = PlanFileReader.Read(header["source"], Encoding.UTF8.GetBytes(text.ToString()));
        return StructurePass.Structure(Normaliser.Normalise(source), entry).Plans[0];
    }

    /// <summary>The records as readable JSON: ids replaced by what they name (a section by its number and title).</summary>
    public static string Render(StructuredPlan plan, PlanFacts facts)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal) { [plan.Id] = "Plan" };
        foreach (var section in plan.AllSections()) names[section.Id] = $"Section {section.Number} {section.Title}".Replace("  ", " ");
        foreach (var entity in facts.Entities) names.TryAdd(entity.Id, $"{entity.Label} {entity.Name}");
        foreach (var goal in facts.Goals) names.TryAdd(goal.Id, "Goal " + goal.Text);
        foreach (var project in facts.Projects) names.TryAdd(project.Id, "Project " + project.Name);
        string Name(string id) => names.GetValueOrDefault(id) ?? (NodeIds.LabelOf(id) ?? "?") + " " + id;
        static object Where(Provenance p) => new { lines = p.LineStart == p.LineEnd ? $"{p.LineStart}" : $"{p.LineStart}-{p.LineEnd}", quote = p.Quote };

        var document = new
        {
            entities = facts.Entities.Select(e => new { label = e.Label, name = e.Name, props = e.Props.ToDictionary(p => p.Key, p => p.Value), at = Where(e.Provenance) }),
            mentions = facts.Mentions.Select(m => new { from = Name(m.FromId), type = m.Type, to = $"{m.TargetLabel} {m.TargetName}", at = Where(m.Provenance) }),
            links = facts.Links.Select(l => new { type = l.Type, from = Name(l.FromId), to = Name(l.ToId), props = l.Props?.ToDictionary(p => p.Key, p => p.Value), at = Where(l.Provenance) }),
            citations = facts.Citations.Select(c => new { from = Name(c.FromId), title = c.Title, at = Where(c.Provenance) }),
        };
        return JsonSerializer.Serialize(document, Json).ReplaceLineEndings("\n") + "\n";
    }

    private static string Diff(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var output = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < Math.Max(e.Length, a.Length) && shown < 40; i++)
        {
            var left = i < e.Length ? e[i] : "<end>";
            var right = i < a.Length ? a[i] : "<end>";
            if (left == right) continue;
            output.AppendLine($"line {i + 1}:\n  expected: {left}\n  actual:   {right}");
            shown++;
        }
        return output.ToString();
    }

    private static string GoldenDirectory(string family) =>
        Path.Combine(Corpus.RepositoryRoot, "tests", "KnowledgeGraph.Import.Tests", "Extraction", family, "Golden");
}
