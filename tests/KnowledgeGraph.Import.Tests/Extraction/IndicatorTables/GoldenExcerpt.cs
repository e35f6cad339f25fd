using System.Text;
using KnowledgeGraph.Import.Model;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Reading;
using KnowledgeGraph.Import.Structure;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Extraction.IndicatorTables;

/// <summary>
/// Golden examples read from plan excerpts: Golden/&lt;case&gt;.txt holds the lines exactly as the
/// file prints them, each chunk headed “# &lt;file&gt;:&lt;first line&gt;”, and &lt;case&gt;.json beside it
/// the goals expected from it (compared through <see cref="Golden"/>; UPDATE_GOLDEN=1 rewrites it).
/// The excerpt is placed at its original line numbers, so provenance in the expected JSON is the
/// real file's.
/// </summary>
public static class GoldenExcerpt
{
    public static IEnumerable<object[]> Cases(string folder) =>
        Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileNameWithoutExtension(f) });

    /// <summary>The cases that quote “…”, each with straight quotes and with corner brackets to print them instead.</summary>
    public static IEnumerable<object[]> QuotingCases(string folder) =>
        Cases(folder).Select(c => (string)c[0])
            .Where(n => File.ReadAllText(Path.Combine(folder, n + ".txt")).Contains('“'))
            .SelectMany(n => new[] { new object[] { n, "\"", "\"" }, [n, "「", "」"] });

    /// <summary>Each line of an excerpt with its “…” printed <paramref name="open"/>…<paramref name="close"/>.</summary>
    public static Func<string, string> QuotedWith(string open, string close) => line => line.Replace("“", open).Replace("”", close);

    /// <summary>The excerpt read, normalised and structured as a document of its own (a prose excerpt includes its heading).</summary>
    public static StructuredDocument Load(string folder, string name, Func<string, string>? reprint = null)
    {
        var (file, text) = Read(folder, name, reprint);
        var normalised = Normaliser.Normalise(SourceDocument.FromText(file, text));
        return StructurePass.Structure(normalised, Corpus.Manifest.For(file));
    }

    /// <summary>A table excerpt (its title line first) as the box the structure pass would make of it.</summary>
    public static ColumnBlock LoadColumn(string folder, string name, Func<string, string>? reprint = null)
    {
        var (file, text) = Read(folder, name, reprint);
        var source = SourceDocument.FromText(file, text);
        var cleaned = source.Lines.Select((raw, i) => LineCleaner.Clean(i + 1, raw)).ToArray();
        QuoteMarks.Rewrite(cleaned);
        var lines = cleaned.ToList();
        var first = lines.First(l => l.IsContent);
        var boxLines = lines.Skip(first.Number - 1).ToList();
        var title = Paragraph.FromLine(file, first, ParagraphKind.ColumnTitle);
        var match = ColumnTitles.Match(first.Text) ?? throw new InvalidOperationException($"{name}: the excerpt must start with a 专栏/表 title line");
        var body = boxLines.Skip(1).Where(l => l.IsContent).Select(l => Paragraph.FromLine(file, l, ParagraphKind.TableLine)).ToList();
        return new ColumnBlock("col_golden", "plan_golden", match.Number, match.Title, title, body, boxLines);
    }

    /// <summary>Compares the goals with &lt;case&gt;.json: every printed fact and its provenance, not the hashed ids.</summary>
    public static void Verify(string folder, string name, IEnumerable<GoalRecord> goals) =>
        Golden.Verify(folder, name + ".json", goals.Select(View).ToList());

    /// <summary>Compares the goals with &lt;case&gt;.json without ever rewriting it (an excerpt printed another way).</summary>
    public static void VerifySame(string folder, string name, IEnumerable<GoalRecord> goals) =>
        Golden.Same(folder, name + ".json", goals.Select(View).ToList());

    /// <summary>The excerpt's text placed at its original line numbers: each “# file:line” starts a chunk printed from that line on.</summary>
    private static (string File, string Text) Read(string folder, string name, Func<string, string>? reprint)
    {
        var text = new StringBuilder();
        string? file = null;
        var next = 1;
        foreach (var line in File.ReadAllLines(Path.Combine(folder, name + ".txt")))
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
            text.Append(reprint is null ? line : reprint(line)).Append('\n');
            next++;
        }
        return (file ?? throw new InvalidOperationException($"{name}: the excerpt must start with “# <file>:<line>”"), text.ToString());
    }

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
