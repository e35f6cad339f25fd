using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Extraction.Projects;
using KnowledgeGraph.Import.Manifest;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Reading;
using KnowledgeGraph.Import.Structure;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Extraction.Projects;

/// <summary>
/// Golden examples: each Golden/*.txt is an excerpt of a plan file (“N|text” keeps the file's own
/// line numbers, so provenance is checked too) and the .json beside it the projects expected from
/// it. Set UPDATE_GOLDEN=1 to rewrite the expected files after a deliberate change.
/// </summary>
public sealed class ProjectGoldenTests
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly string GoldenDirectory = Golden.Folder();

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(GoldenDirectory, "*.txt").Order(StringComparer.Ordinal)) data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Excerpt_gives_the_expected_projects(string example)
    {
        var actual = Run(Path.Combine(GoldenDirectory, example + ".txt"));
        var expectedPath = Path.Combine(GoldenDirectory, example + ".json");
        if (File.Exists(expectedPath) && Environment.GetEnvironmentVariable("UPDATE_GOLDEN") != "1")
        {
            // Name the records that differ before comparing the texts: a list of fifty is hard to read as a diff.
            var expected = JsonSerializer.Deserialize<List<GoldenProject>>(File.ReadAllText(expectedPath), Json)!;
            var missing = expected.Except(actual).ToList();
            var unexpected = actual.Except(expected).ToList();
            Assert.True(missing.Count == 0 && unexpected.Count == 0,
                $"{example}:\n  missing:\n    {string.Join("\n    ", missing)}\n  unexpected:\n    {string.Join("\n    ", unexpected)}");
        }
        Golden.Verify(GoldenDirectory, example + ".json", actual);
    }

    public static TheoryData<string, string, string> QuotingExamples()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var file in Directory.GetFiles(GoldenDirectory, "*.txt").Order(StringComparer.Ordinal))
        {
            if (!File.ReadAllText(file).Contains('“')) continue;
            data.Add(Path.GetFileNameWithoutExtension(file), "\"", "\"");
            data.Add(Path.GetFileNameWithoutExtension(file), "「", "」");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(QuotingExamples))]
    public void Excerpt_that_quotes_another_way_gives_the_same_projects(string example, string open, string close)
    {
        // The quotes read as the “…” the plans print: a series of projects (“三早育苗”“明德知礼”工程), a quoted
        // name over a wrap (土们岭街道“千顷地 / 万栋棚”). Before, straight quotes ran two series into one project.
        var lines = File.ReadAllLines(Path.Combine(GoldenDirectory, example + ".txt")).Select(l => l.Replace("“", open).Replace("”", close));
        var expected = JsonSerializer.Deserialize<List<GoldenProject>>(File.ReadAllText(Path.Combine(GoldenDirectory, example + ".json")), Json)!;

        Assert.Equal(expected, Run(lines.ToArray()));
    }

    [Theory]
    [InlineData("002-box1-numbered-items", "● ")]
    [InlineData("002-box3-short-items", "● ")]
    [InlineData("002-box4-programmes", "● ")]
    [InlineData("002-box5-item-descriptions", "● ")]
    [InlineData("002-box6-lead-in-after-box", "● ")]
    [InlineData("002-box8-distributive", "● ")]
    // Other plans' bullets: an arrow, a tick, a middle dot, and Markdown's dash before a quote or a figure (- “两车”…, - 87中分校…).
    [InlineData("002-box3-short-items", "➢ ")]
    [InlineData("002-box1-numbered-items", "√ ")]
    [InlineData("002-box8-distributive", "· ")]
    [InlineData("002-box5-item-descriptions", "- ")]
    [InlineData("002-box4-programmes", "- ")]
    public void Excerpt_whose_items_are_bulleted_gives_the_same_projects(string example, string bullet)
    {
        // 002's boxes with ● for their items' numbers, as other plans mark them: an item's name on its own line, in a
        // file that does not wrap its running text, ends its paragraph. Before, each name ran into its description
        // (西部先进制造走廊建设重点项目重点推进重点街路改造工程、…) and the projects it lists were lost; and an item
        // over a single short sentence (● 城市管理 / 打造现代化综合环卫公共服务中心。) was read as a heading that had
        // lost its bookmark, which ended the box there.
        var lines = File.ReadAllLines(Path.Combine(GoldenDirectory, example + ".txt"))
            .Select(l => System.Text.RegularExpressions.Regex.Replace(l, @"^(\d+\|)\d{1,2}[.．]", "$1" + bullet)).ToArray();
        var expected = JsonSerializer.Deserialize<List<GoldenProject>>(File.ReadAllText(Path.Combine(GoldenDirectory, example + ".json")), Json)!;

        Assert.Equal(expected.Select(p => p.Name), Run(lines).Select(p => p.Name));
    }

    /// <summary>Rebuilds the excerpt as a file of the same name (other lines blank) and runs the project rules over it.</summary>
    internal static List<GoldenProject> Run(string excerptPath) => Run(File.ReadAllLines(excerptPath));

    private static List<GoldenProject> Run(string[] lines)
    {
        var fileName = lines[0].TrimStart('#', ' ').Split(':')[0];
        var numbered = lines.Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var bar = l.IndexOf('|');
            return (Number: int.Parse(l[..bar]), Text: l[(bar + 1)..]);
        }).ToList();
        var text = new string[numbered.Max(l => l.Number)];
        Array.Fill(text, "");
        foreach (var (number, content) in numbered) text[number - 1] = content;

        var normalised = Normaliser.Normalise(new SourceDocument(fileName, text));
        var entry = new ManifestEntry(fileName, "摘录", PlanLevels.City, PlanKinds.FiveYear, "摘录", 2021, 2025, null, null, null, null, null);
        var plan = StructurePass.Structure(normalised, entry).Plans[0];
        var owners = new Dictionary<string, string>();
        foreach (var section in plan.AllSections())
        {
            owners[section.Id] = "§" + section.Title;
            foreach (var box in section.Content.OfType<ColumnBlock>()) owners[box.Id] = box.Number;
        }
        return ProjectExtraction.Extract(plan).Projects
            .Select(p => new GoldenProject(p.Name, owners[p.OwnerId], p.Description, p.Provenance.LineStart, p.Provenance.LineEnd))
            .ToList();
    }
}

/// <summary>A project as the golden files record it.</summary>
public sealed record GoldenProject(string Name, string Owner, string? Description, int LineStart, int LineEnd)
{
    public override string ToString() => $"{Owner} | {Name} | {LineStart}-{LineEnd} | {Description}";
}
