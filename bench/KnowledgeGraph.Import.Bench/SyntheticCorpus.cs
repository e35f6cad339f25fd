using System.Text;

namespace KnowledgeGraph.Import.Bench;

/// <summary>
/// A corpus N times the size of the bundled one: copy k of every plan file has its regions
/// renamed (长春 → 长春k, 吉林 → 吉林k …) and its plan titles marked with k, so every copy is a
/// distinct plan with distinct places and the importer does the full work for each.
/// </summary>
internal static class SyntheticCorpus
{
    private static readonly string[] Regions = ["长春", "吉林", "二道", "绿园", "莲花山", "四平", "辽源", "松原", "通化", "白山", "白城", "延边"];
    private static readonly string[] TitleWords = ["发展规划", "规划纲要", "专项规划", "五年规划"];

    public static long Create(string source, string target, int copies)
    {
        Directory.CreateDirectory(target);
        long bytes = 0;
        var files = Directory.GetFiles(source, "*.txt").Order(StringComparer.Ordinal).ToList();
        for (var k = 0; k < copies; k++)
        {
            foreach (var file in files)
            {
                var text = File.ReadAllText(file);
                if (k > 0) text = Rename(text, k);
                var name = $"{k:D3}_{Path.GetFileName(file)}";
                var data = Encoding.UTF8.GetBytes(text);
                File.WriteAllBytes(Path.Combine(target, name), data);
                bytes += data.LongLength;
            }
        }
        return bytes;
    }

    private static string Rename(string text, int k)
    {
        var builder = new StringBuilder(text);
        foreach (var region in Regions) builder.Replace(region, region + k);
        foreach (var word in TitleWords) builder.Replace(word, word + k);
        return builder.ToString();
    }
}
