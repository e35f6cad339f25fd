using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Extraction.Projects;

/// <summary>
/// Named projects in tables: a plan's table of major projects (序号, 项目名称, 建设内容, 总投资…, in any
/// layout <see cref="ProjectTableRows"/> reads), and the clean-energy plan's per-county tables of
/// planned wind farms (表3–表13, column 规划风电场) and solar projects (表15–表25, column 项目名称), one
/// row per project with its place, area and capacity. Each row is a project the plan sites and
/// sizes; the description keeps the row's figures under their printed headers. Rows that sum
/// (合计, 小计) or stand for what exists already (已建成风电场, 已建光伏, 在建光伏项目) are not
/// projects. The two timetables (表26, 表27) repeat the same projects by year under shortened
/// names (“山东华能50万” for “山东华能 50 万 (在建)”); read as projects they would only add
/// variant duplicates, so a table whose header carries yearly columns is skipped.
/// </summary>
internal static partial class TableProjects
{
    // Not 项目 alone: statistics tables head their rows' labels so (项目 | 2020年 | 2025年).
    private static readonly string[] NameHeaders = ["规划风电场", "项目名称", "工程名称", "重点项目名称", "规划光伏电站", "规划光伏"];

    [GeneratedRegex(@"^(已建|在建|合计|小计|容量小计|总计)")]
    private static partial Regex NotAProject();

    /// <summary>A trailing “(在建)”, “(200MW 在建)”, “（远期）”: the project's status, not its name.</summary>
    [GeneratedRegex(@"\s*[（(]([^（）()]*(?:在建|远期|规划)[^（）()]*)[）)]\s*$")]
    private static partial Regex Status();

    public static bool IsNameHeader(string cell) => NameHeaders.Contains(Compact(cell));

    public static List<ProjectCandidate> Read(ColumnBlock table)
    {
        var found = new List<ProjectCandidate>();
        string[]? header = null;
        var nameColumn = -1;
        string? category = null;
        foreach (var row in ProjectTableRows.Read(table))
        {
            var headerColumn = row.FindIndex(c => IsNameHeader(c.Text));
            if (headerColumn >= 0)
            {
                if (row.Exists(c => c.Text.Contains("新增", StringComparison.Ordinal))) return found;
                header = [.. row.Select(c => c.Text)];
                nameColumn = headerColumn;
                category = null;
                continue;
            }
            if (header is null || row.Count <= nameColumn) continue;
            // Rows are numbered under a 序号 column; a table without one (类别 | 项目名称 | …) has a project in every full row.
            if (Numbered(header) ? !int.TryParse(row[0].Text.Trim(), out _) : row.Count != header.Length || row[nameColumn].Text.Trim().Length == 0) continue;
            var cell = row[nameColumn];
            // A name wrapped over lines is printed by none of them whole: no quote would show it.
            if (!cell.Whole || NotAProject().IsMatch(cell.Text.Trim())) continue;
            var text = cell.Line.Text;
            var (start, end) = NameLists.Trim(text, cell.Start, cell.Start + cell.Text.Length);
            string? status = null;
            if (Status().Match(text[start..end]) is { Success: true } m)
            {
                status = m.Groups[1].Value.Trim();
                end = start + m.Index;
            }
            if (end - start < 2 || At(table, cell.Line, start, end - start) is not { } at) continue;
            var cells = row.Select(c => c.Text).ToArray();
            // A category printed once over its rows (a merged cell) is theirs too.
            if (CategoryColumn(header) is { } c && c < cells.Length && c != nameColumn)
            {
                if (cells[c].Trim().Length > 0) category = cells[c];
                else if (category is not null) cells[c] = category;
            }
            found.Add(at with { Description = Describe(header, cells, nameColumn, status, Numbered(header) ? 1 : 0) });
        }
        return found;
    }

    /// <summary>The candidate for <c>line.Text[start..(start+length)]</c>, in the paragraph of the box that holds the line.</summary>
    private static ProjectCandidate? At(ColumnBlock table, TextLine line, int start, int length)
    {
        foreach (var paragraph in table.Body)
        {
            if (line.Number < paragraph.LineStart || line.Number > paragraph.LineEnd) continue;
            var offset = paragraph.OffsetOfLine(line.Number);
            if (offset < 0 || offset + start + length > paragraph.Text.Length
                || !paragraph.Text.AsSpan(offset + start, length).SequenceEqual(line.Text.AsSpan(start, length))) return null;
            return new ProjectCandidate(paragraph, offset + start, length, null);
        }
        return null;
    }

    private static int? CategoryColumn(string[] header)
    {
        var at = Array.FindIndex(header, h => Compact(h) is "类别" or "项目类别" or "领域" or "行业" or "分类" or "项目类型");
        return at < 0 ? null : at;
    }

    public static bool IsNumberHeader(string cell) => Compact(cell) is "序号" or "编号";

    private static bool Numbered(string[] header) => IsNumberHeader(header[0]);

    /// <param name="firstColumn">The first column that describes: 1 past a 序号 column.</param>
    private static string Describe(string[] header, string[] cells, int nameColumn, string? status, int firstColumn)
    {
        var builder = new StringBuilder();
        if (status is not null) builder.Append(status);
        for (var i = firstColumn; i < header.Length && i < cells.Length; i++)
        {
            if (i == nameColumn || string.IsNullOrWhiteSpace(cells[i])) continue;
            if (builder.Length > 0) builder.Append('；');
            builder.Append(header[i].Trim()).Append('：').Append(cells[i].Trim());
        }
        return builder.ToString();
    }

    private static string Compact(string cell) => IndicatorTables.TableSchema.Key(cell);
}
