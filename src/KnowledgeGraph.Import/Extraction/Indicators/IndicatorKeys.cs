using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Extraction.Indicators;

/// <summary>
/// The rules that make one measure's many printings one key: width folded and spaces dropped
/// (“单位 GDP能源消耗” = “单位GDP能源消耗”), marks and quotes dropped (▲, *, “双创”), Roman
/// numerals unified (Ⅲ = III), the plan's own area or scope dropped (全市, 全区, 全社会…), 城镇常住居民 = 城镇居民, GDP and 地区生产总值 one
/// word (with the bracketed abbreviation: 地区生产总值（GDP）), the growth words one word
/// (年均增长率 = 年均增速 = 增长率 = 增速 = 增长), the reduction words one word (下降 = 降低率 = 降低:
/// “单位GDP能耗下降13.5%” measures what a table's 单位GDP能源消耗降低（%） does), 能源消耗 = 能耗, and the share words one word
/// (比重 = 比率 = 比例 = 占比). What these rules cannot know — that 年接待国内外游客总数 is 旅游接待人数
/// — the curated alias list (indicators.json) says. The key is also the Indicator's name.
/// </summary>
public static partial class IndicatorKeys
{
    [GeneratedRegex(@"\([A-Za-z0-9.]+\)")]
    private static partial Regex BracketedAbbreviation();

    [GeneratedRegex(@"^(?:全社会|全市|全区|全省|全县|全域|全镇|区域|度假区|本市|本区|我市|我区|我省)")]
    private static partial Regex ScopeWords();

    [GeneratedRegex(@"年均增长率|年均增速|年增长率|年均增长|增长率|增速")]
    private static partial Regex GrowthWords();

    [GeneratedRegex(@"年均(降低|下降|提高|提升)")]
    private static partial Regex YearlyChange();

    [GeneratedRegex(@"下降率|降低率|下降")]
    private static partial Regex ReductionWords();

    [GeneratedRegex(@"占比重|占比例|比重|比率|占比")]
    private static partial Regex ShareWords();

    /// <param name="ownAreas">The plan's own area, whose name is dropped where it opens the measure.</param>
    public static string Key(string measure, OwnAreas? ownAreas = null)
    {
        var text = new StringBuilder(measure.Length);
        foreach (var c in TextFolding.Fold(measure))
        {
            switch (c)
            {
                case ' ' or '\t' or '\u3000' or '▲' or '△' or '★' or '*' or '#' or '“' or '”' or '‘' or '’' or '"' or '\'' or '的':
                    continue;
                case 'Ⅰ': text.Append('I'); break;
                case 'Ⅱ': text.Append("II"); break;
                case 'Ⅲ': text.Append("III"); break;
                case 'Ⅳ': text.Append("IV"); break;
                case 'Ⅴ': text.Append('V'); break;
                default: text.Append(c); break;
            }
        }
        var key = text.ToString();
        key = key.Replace("地区生产总值(GDP)", "地区生产总值", StringComparison.Ordinal).Replace("GDP", "地区生产总值", StringComparison.Ordinal);
        key = BracketedAbbreviation().Replace(key, "");
        if (ownAreas is not null) key = ownAreas.Strip(key);
        key = ScopeWords().Replace(key, "");
        key = GrowthWords().Replace(key, "增长");
        key = YearlyChange().Replace(key, "$1");
        key = ReductionWords().Replace(key, "降低");
        key = key.Replace("能源消耗", "能耗", StringComparison.Ordinal);
        // Household statistics count residents (常住居民) whether a plan says so or not.
        key = key.Replace("常住居民", "居民", StringComparison.Ordinal);
        key = ShareWords().Replace(key, "比例");
        return key;
    }

    /// <summary>A unit folded to one form (％ → %, 个百分点 → 百分点); the alias list unifies the rest (万吨标煤 → 万吨标准煤).</summary>
    public static string? Unit(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit)) return null;
        var folded = TextFolding.WithoutWhiteSpace(TextFolding.Fold(unit));
        return folded == "个百分点" ? "百分点" : folded;
    }
}
