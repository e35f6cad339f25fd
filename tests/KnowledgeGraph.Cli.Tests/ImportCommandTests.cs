using System.Text;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Import.Pipeline;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>What a user sees when a plan file is bad: exit 1, a message naming the file (and line), and the previous graph untouched.</summary>
public class ImportCommandTests
{
    static ImportCommandTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static async Task<(int Code, string Output, string Error)> Import(TempWorkspace workspace, bool skipInvalid = false)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await ImportCommand.RunAsync(new ImportOptions(workspace.Plans, SkipInvalid: skipInvalid), workspace.Database, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Imports_the_bundled_plans()
    {
        using var workspace = new TempWorkspace();

        var (code, output, error) = await Import(workspace);

        Assert.True(code == ExitCodes.Ok, error);
        Assert.Contains("imported 5 file(s)", output);
        Assert.True(File.Exists(workspace.Database));
    }

    [Fact]
    public async Task Plans_kept_outside_an_import_folder_are_read_with_the_bundled_gazetteers()
    {
        using var workspace = new TempWorkspace();
        var downloads = Directory.CreateDirectory(Path.Combine(workspace.Root, "downloads")).FullName;
        var plan = workspace.PlanPath("003");
        File.Copy(plan, Path.Combine(downloads, Path.GetFileName(plan)));
        var output = new StringWriter();
        var error = new StringWriter();

        // The working directory (the test's output folder) lies in the repository: its import/ is the bundled one.
        var code = await ImportCommand.RunAsync(new ImportOptions(downloads), workspace.Database, output, error, CancellationToken.None);

        Assert.True(code == ExitCodes.Ok, error.ToString());
        Assert.Contains("imported 1 file(s), 1 plans", output.ToString());
    }

    [Fact]
    public async Task Away_from_any_checkout_kg_imports_the_plans_shipped_beside_it()
    {
        using var workspace = new TempWorkspace();
        var home = Directory.CreateTempSubdirectory("kg-home-");
        try
        {
            var options = ImportCommand.BundledPlans(home.FullName);
            var output = new StringWriter();
            var error = new StringWriter();

            var code = await ImportCommand.RunAsync(options, workspace.Database, output, error, CancellationToken.None);

            Assert.Equal(Path.Combine(AppContext.BaseDirectory, "import", "plans"), options.PlansDirectory);
            Assert.True(code == ExitCodes.Ok, error.ToString());
            Assert.Contains("imported 5 file(s), 16 plans", output.ToString());
        }
        finally
        {
            home.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_import_folder_shipped_beside_kg_is_the_repositorys_byte_for_byte()
    {
        var repository = Path.Combine(TempWorkspace.RepositoryRoot, "import");
        var shipped = Path.Combine(AppContext.BaseDirectory, "import");
        static List<string> Files(string root) =>
            [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];

        Assert.Equal(Files(repository), Files(shipped));
        foreach (var file in Files(repository))
        {
            Assert.True(TempWorkspace.Hash(Path.Combine(repository, file)) == TempWorkspace.Hash(Path.Combine(shipped, file)), file);
        }
    }

    /// <summary>Bad files by name; the bytes are made in the test so test discovery never holds them.</summary>
    private static byte[] Content(string name) => name switch
    {
        "empty.txt" => [],
        "binary.txt" => [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00],
        "long-line.txt" => Encoding.UTF8.GetBytes("第一章 总则\n" + new string('规', 5 * 1024 * 1024) + "\n"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [InlineData("empty.txt", "the file is empty")]
    [InlineData("binary.txt", "binary content")]
    [InlineData("long-line.txt", "long-line.txt:2:")]
    public async Task A_bad_file_fails_the_import_and_leaves_the_previous_graph_byte_for_byte(string name, string expected)
    {
        using var workspace = new TempWorkspace();
        Assert.Equal(ExitCodes.Ok, (await Import(workspace)).Code);
        var before = TempWorkspace.Hash(workspace.Database);
        await File.WriteAllBytesAsync(Path.Combine(workspace.Plans, name), Content(name));

        var (code, _, error) = await Import(workspace);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains(name, error);
        Assert.Contains(expected, error);
        Assert.Contains("still holds the previous graph", error);
        Assert.Equal(before, TempWorkspace.Hash(workspace.Database));
    }

    [Fact]
    public async Task Two_files_claiming_the_same_plan_fail_naming_both()
    {
        using var workspace = new TempWorkspace();
        Assert.Equal(ExitCodes.Ok, (await Import(workspace)).Code);
        var before = TempWorkspace.Hash(workspace.Database);
        File.Copy(workspace.PlanPath("003"), Path.Combine(workspace.Plans, "005_copy.txt"));

        var (code, _, error) = await Import(workspace);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("005_copy.txt", error);
        Assert.Contains("003_c5dfd00fd8d6cade.txt", error);
        Assert.Equal(before, TempWorkspace.Hash(workspace.Database));
    }

    [Fact]
    public async Task A_GBK_file_is_converted_and_imported()
    {
        using var workspace = new TempWorkspace();
        var path = workspace.PlanPath("003");
        var text = string.Join("\n", File.ReadAllLines(path).Select(l => l.Replace('\u00A0', ' ')));
        File.WriteAllBytes(path, Encoding.GetEncoding("GBK").GetBytes(text));

        var (code, output, error) = await Import(workspace);

        Assert.True(code == ExitCodes.Ok, error);
        Assert.Contains("003_c5dfd00fd8d6cade.txt: converted from GB18030 to UTF-8", output);
    }

    [Fact]
    public async Task Skip_invalid_imports_the_rest_and_lists_what_it_skipped()
    {
        using var workspace = new TempWorkspace();
        await File.WriteAllBytesAsync(Path.Combine(workspace.Plans, "empty.txt"), []);

        var (code, output, error) = await Import(workspace, skipInvalid: true);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("skipped: empty.txt: the file is empty", error);
        Assert.Contains("imported 5 file(s)", output);
    }

    [Fact]
    public async Task A_command_line_that_does_not_parse_is_a_usage_error()
    {
        var error = new StringWriter();
        var root = new System.CommandLine.RootCommand { ImportCommand.Create() };

        var code = await CommandLineApp.RunAsync(root, ["import", "--no-such-option"], error);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--no-such-option", error.ToString());
    }
}
