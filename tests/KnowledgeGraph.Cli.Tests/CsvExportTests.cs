using System.Text;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Cli.Tests;

/// <summary><c>kg export --format csv</c>: one table per label and relationship type, checked against the documents.</summary>
public class CsvExportTests
{
    private static Task<string> ImportAndExportCsv(TempWorkspace workspace, string database, string directoryName) =>
        ExportCommandTests.ImportAndExport(workspace, database, directoryName, "csv");

    /// <summary>The table's rows as column → value maps (RFC 4180: quoted fields, doubled quotes, CRLF rows).</summary>
    private static List<Dictionary<string, string>> Table(string directory, string name)
    {
        var rows = Parse(File.ReadAllText(Path.Combine(directory, name + ".csv"), Encoding.UTF8));
        var header = rows[0];
        Assert.All(rows, r => Assert.Equal(header.Count, r.Count));
        return rows.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)).ToList();
    }

    private static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else field.Append(c);
        }
        Assert.Empty(row);
        return rows;
    }

    [Fact]
    public async Task The_tables_hold_the_facts_the_documents_print()
    {
        using var workspace = new TempWorkspace();
        var directory = await ImportAndExportCsv(workspace, workspace.Database, "csv");

        // A table per label and per relationship type: the bundled plans have every one.
        Assert.Equal(Labels.All.Concat(RelationshipTypes.All).Order(StringComparer.Ordinal),
            Directory.GetFiles(directory).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal));

        // 长春's plan, 专栏 1: 地区生产总值（GDP）增长（%） 3.6 → 6.5左右, 预期性.
        var plans = Table(directory, "Plan");
        var city = plans.Single(p => p["title"] == "长春市国民经济和社会发展第十四个五年规划和2035年远景目标纲要");
        var gdp = Table(directory, "Goal").Single(g => g["planId"] == city["id"] && g["text"] == "地区生产总值（GDP）增长（%）");
        Assert.Equal("6.5左右", gdp["target"]);
        Assert.Equal("6.5", gdp["targetValue"]);
        Assert.Equal("EXPECTED", gdp["attribute"]);
        Assert.Equal("001_73a71c25e4a637a2.txt", gdp["provenanceFile"]);

        // 绿园区 专栏 1 lists 长春海吉星交易中心项目; the row names the tables its ends are in.
        var project = Table(directory, "Project").Single(p => p["name"] == "长春海吉星交易中心项目");
        var lists = Table(directory, "LISTS").Single(l => l["to"] == project["id"]);
        Assert.Equal(("Column", "Project"), (lists["fromLabel"], lists["toLabel"]));
        Assert.Equal("专栏 1", Table(directory, "Column").Single(c => c["id"] == lists["from"])["number"]);

        // Derived links carry their basis and confidence as columns.
        Assert.All(Table(directory, "SAME_AS"), l => Assert.InRange(double.Parse(l["confidence"], System.Globalization.CultureInfo.InvariantCulture), 0, 1));
    }

    [Fact]
    public async Task Two_exports_of_one_input_are_byte_identical_and_a_second_replaces_the_first()
    {
        using var workspace = new TempWorkspace();
        var first = await ImportAndExportCsv(workspace, workspace.Database, "first");
        var second = await ImportAndExportCsv(workspace, Path.Combine(workspace.Root, "data", "second.db"), "second");
        var names = Directory.GetFiles(first).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, Directory.GetFiles(second).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(names, n => Assert.Equal(TempWorkspace.Hash(Path.Combine(first, n!)), TempWorkspace.Hash(Path.Combine(second, n!))));

        File.WriteAllText(Path.Combine(first, "Stale.csv"), "id\r\n");
        Assert.Equal(ExitCodes.Ok, await ExportCommand.RunAsync(workspace.Database, first, new StringWriter(), CancellationToken.None, "csv"));
        Assert.False(File.Exists(Path.Combine(first, "Stale.csv")));
        Assert.False(Directory.Exists(first + ".partial"));
    }

    [Fact]
    public async Task A_target_that_is_standard_output_a_file_or_a_directory_of_other_files_is_refused_untouched()
    {
        using var workspace = new TempWorkspace();
        var other = Path.Combine(workspace.Root, "documents");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "notes.txt"), "mine");
        foreach (var target in new[] { "-", workspace.PlanPath("000"), other })
        {
            var error = new StringWriter();
            Assert.Equal(ExitCodes.Usage, await ExportCommand.RunAsync(workspace.Database, target, error, CancellationToken.None, "csv"));
            Assert.StartsWith("error: ", error.ToString());
        }
        Assert.Equal("mine", File.ReadAllText(Path.Combine(other, "notes.txt")));
    }

    [Theory]
    [InlineData("长春海吉星交易中心项目", "长春海吉星交易中心项目")]
    [InlineData("", "")]
    [InlineData("A，B", "A，B")]
    [InlineData("6.5,左右", "\"6.5,左右\"")]
    [InlineData("实施“三早育苗”\"工程\"", "\"实施“三早育苗”\"\"工程\"\"\"")]
    [InlineData("两行\n文字", "\"两行\n文字\"")]
    public void A_field_is_quoted_only_when_it_must_be(string field, string written)
    {
        var writer = new StringWriter();
        CsvExport.WriteField(writer, field);
        Assert.Equal(written, writer.ToString());
    }
}
