using System.Text.RegularExpressions;
using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Extraction.IndicatorTables;

/// <summary>
/// What a table's footnotes say about starred values. “带*的为2019年数据” (001): a starred
/// value is the figure of that year, so a starred baseline gets that baseline year.
/// “标*为5—10年目标” (004): a starred target is not tied to the target year column, so it gets
/// no target year. The star itself stays in the printed value either way.
/// </summary>
public sealed partial record TableFootnotes(int? StarredValueYear, bool StarredTargetUndated)
{
    public static readonly TableFootnotes None = new(null, false);

    [GeneratedRegex(@"带\*的?为(?<year>20\d\d)年数据")]
    private static partial Regex StarYear();

    [GeneratedRegex(@"\*为\d+[—\-–~～至]\d+年目标")]
    private static partial Regex StarSpan();

    public static TableFootnotes Read(IEnumerable<TextLine> notes)
    {
        var text = TableSchema.Key(string.Concat(notes.Select(n => n.Text)));
        if (text.Length == 0) return None;
        var year = StarYear().Match(text);
        return new TableFootnotes(year.Success ? int.Parse(year.Groups["year"].Value) : null, StarSpan().IsMatch(text));
    }
}
