namespace KnowledgeGraph.Import.Normalising;

/// <summary>
/// Reads the Chinese numerals that number plans, chapters and five-year periods (一 … 九十九, 〇/零), and
/// the amounts aims print in words (五百, 两千, 千 in 突破千亿元).
/// </summary>
public static class ChineseNumerals
{
    public static int? Parse(string text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var arabic)) return arabic;
        var total = 0;
        var current = 0;
        foreach (var c in text)
        {
            var digit = Digit(c);
            if (digit is { } d)
            {
                current = d;
                continue;
            }
            switch (c)
            {
                case '十':
                    total += (current == 0 ? 1 : current) * 10;
                    current = 0;
                    break;
                case '百':
                    total += (current == 0 ? 1 : current) * 100;
                    current = 0;
                    break;
                case '千':
                    total += (current == 0 ? 1 : current) * 1000;
                    current = 0;
                    break;
                default:
                    return null;
            }
        }
        return total + current;
    }

    /// <summary>Reads numerals written digit by digit, as years are (二〇三五 → 2035).</summary>
    public static int? ParseDigits(string text)
    {
        var value = 0;
        foreach (var c in text)
        {
            if (Digit(c) is not { } d) return null;
            value = value * 10 + d;
        }
        return text.Length == 0 ? null : value;
    }

    private static int? Digit(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => null,
    };
}
