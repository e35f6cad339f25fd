using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Reading;
using KnowledgeGraph.Import.Structure;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Extraction.IndicatorTables;

/// <summary>
/// Golden examples: an excerpt of a plan file (Golden/&lt;case&gt;.txt, first line “# &lt;file&gt;:&lt;first line&gt;”,
/// then the lines exactly as the file prints them) and the goals expected from it (&lt;case&gt;.json beside it).
/// The excerpt is placed at its original line numbers, so provenance in the expected JSON is the
/// real file's. UPDATE_GOLDEN=1 rewrites the expected files from what the rules produce.
/// </summary>
public static class GoldenExcerpt
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Folder(string family) =>
        Path.Combine(Corpus.RepositoryRoot, "tests", "KnowledgeGraph.Import.Tests", "Extraction", family, "Golden");

    public static IEnumerable<object[]> Cases(string family) =>
        Directory.GetFiles(Folder(family), "*.txt").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileNameWithoutExtension(f) });

    /// <summary>The excerpt read, normalised and structured as a document of its own (a prose excerpt includes its heading).</summary>
    public static StructuredDocument Load(string family, string name)
    {
        var (file, text) = Read(family, name);
        var normalised = Normaliser.Normalise(SourceDocument.FromText(file, text));
        return StructurePass.Structure(normalised, Corpus.Manifest.For(file));
    }

    /// <summary>A table excerpt (its title line first) as the box the structure pass would make of it.</summary>
    public static ColumnBlock LoadColumn(string family, string name)
    {
        var (file, text) = Read(family, name);
        var source = SourceDocument.FromText(file, text);
        var lines = source.Lines.Select((raw, i) => LineCleaner.Clean(i + 1, raw)).ToList();
        var first = lines.First(l => l.IsContent);
        var boxLines = lines.Skip(first.Number - 1).ToList();
        var title = Paragraph.FromLine(file, first, ParagraphKind.ColumnTitle);
        var match = ColumnTitles.Match(first.Text) ?? throw new InvalidOperationException($"{name}: the excerpt must start with a 专栏/表 title line");
        var body = boxLines.Skip(1).Where(l => l.IsContent).Select(l => Paragraph.FromLine(file, l, ParagraphKind.TableLine)).ToList();
        return new ColumnBlock("col_golden", "plan_golden", match.Number, match.Title, title, body, boxLines);
    }

    /// <summary>The excerpt's text placed at its original line numbers: each “# file:line” starts a chunk printed from that line on.</summary>
    private static (string File, string Text) Read(string family, string name)
    {
        var text = new StringBuilder();
        string? file = null;
        var next = 1;
        foreach (var line in File.ReadAllLines(Path.Combine(Folder(family), name + ".txt")))
        {
            if (line.StartsWith("# ", StringComparison.Ordinal) && line.LastIndexOf(':') is var colon && colon > 2
                && int.TryParse(line[(colon + 1)..], out var start))
            {
                file = line[2..colon];
                if (start < next) throw new InvalidOperationException($"{name}: chunks must be in line order");
                text.Append('\n', start - next);
                next = start;
                continue;
            }
            text.Append(line).Append('\n');
            next++;
        }
        return (file ?? throw new InvalidOperationException($"{name}: the excerpt must start with “# <file>:<line>”"), text.ToString());
    }

    /// <summary>Compares the goals with the expected file, failing with the first differing line and its context.</summary>
    public static void Verify(string family, string name, IEnumerable<GoalRecord> goals)
    {
        var actual = JsonSerializer.Serialize(goals.Select(View).ToList(), Json).Replace("\r\n", "\n") + "\n";
        var path = Path.Combine(Folder(family), name + ".json");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"{path} is missing: run with UPDATE_GOLDEN=1 to write it, then review it");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected == actual) return;
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var at = 0;
        while (at < e.Length && at < a.Length && e[at] == a[at]) at++;
        var context = string.Join("\n", e.Skip(Math.Max(0, at - 3)).Take(3));
        Assert.Fail($"{name}: line {at + 1} differs\n…{context}\nexpected: {(at < e.Length ? e[at] : "<end>")}\nactual:   {(at < a.Length ? a[at] : "<end>")}");
    }

    /// <summary>What a golden file records of a goal: every printed fact and its provenance, not the hashed ids.</summary>
    private static object View(GoalRecord g) => new
    {
        text = g.Text,
        kind = g.Kind,
        measure = g.Measure,
        category = g.Category,
        baseline = g.Baseline,
        baselineYear = g.BaselineYear,
        target = g.Target,
        targetYear = g.TargetYear,
        growth = g.Growth,
        attribute = g.Attribute,
        unit = g.Unit,
        baselineValue = g.BaselineValue,
        targetValue = g.TargetValue,
        lines = $"{g.Provenance.LineStart}-{g.Provenance.LineEnd}",
        quote = g.Provenance.Quote,
    };
}
