using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Import.Tests.Support;

/// <summary>
/// Golden files: an excerpt of a real plan and the records a rule should read from it, kept side
/// by side under a Golden/ folder beside the test. A mismatch fails with both texts; running the
/// tests with UPDATE_GOLDEN=1 rewrites the expected file (review the diff before committing).
/// </summary>
public static class Golden
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The folder Golden/ beside the calling test's source file.</summary>
    public static string Folder([CallerFilePath] string testFile = "") =>
        Path.Combine(Path.GetDirectoryName(testFile)!, "Golden");

    public static string Read(string folder, string name) => File.ReadAllText(Path.Combine(folder, name));

    public static void Verify(string folder, string name, object actual)
    {
        var path = Path.Combine(folder, name);
        var text = JsonSerializer.Serialize(actual, Options) + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(path, text);
            return;
        }
        Assert.True(File.Exists(path), $"golden file {path} is missing: run the tests with UPDATE_GOLDEN=1 to create it, then review it");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.Equal(expected, text);
    }

    /// <summary>Compares with the golden file and never rewrites it: for an example printed another way, whose records must not change.</summary>
    public static void Same(string folder, string name, object actual) =>
        Assert.Equal(File.ReadAllText(Path.Combine(folder, name)).ReplaceLineEndings("\n"), JsonSerializer.Serialize(actual, Options) + "\n");
}
