using System.Text;

namespace KnowledgeGraph.Import.Bench;

/// <summary>
/// A corpus N times the size of the bundled one: copy k of every plan file has its regions
/// renamed (长春 → 长春十二, 吉林 → 吉林十二 … for copy 12), so every copy is a distinct plan (a plan is its area
/// and title) with distinct places, and the importer does the full work for each.
/// </summary>
internal static class SyntheticCorpus
{
    private static readonly string[] Regions = ["长春", "吉林", "二道", "绿园", "莲花山", "四平", "辽源", "松原", "通化", "白山", "白城", "延边"];

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
        // Written as a Chinese number so a renamed area still reads as an area name (绿园十二区). Not digit by
        // digit: 〇 is not an ideograph, and 绿园一〇区 would not read as an area name.
        var suffix = ChineseNumber(k);
        foreach (var region in Regions) builder.Replace(region, region + suffix);
        return builder.ToString();
    }

    private static string ChineseNumber(int k)
    {
        const string digits = "〇一二三四五六七八九";
        if (k < 10) return digits[k].ToString();
        var (tens, ones) = (k / 10, k % 10);
        if (tens >= 10) throw new ArgumentOutOfRangeException(nameof(k), "at most 99 copies are renamed");
        return (tens == 1 ? "" : digits[tens].ToString()) + "十" + (ones == 0 ? "" : digits[ones].ToString());
    }
}
