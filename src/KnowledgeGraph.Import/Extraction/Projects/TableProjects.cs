using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Structure;

namespace KnowledgeGraph.Import.Extraction.Projects;

/// <summary>
/// Named projects in tables: the clean-energy plan's per-county tables of planned wind farms
/// (表3–表13, column 规划风电场) and solar projects (表15–表25, column 项目名称), one tab-separated
/// row per project with its place, area and capacity. Each row is a project the plan sites and
/// sizes; the description keeps the row's figures under their printed headers. Rows that sum
/// (合计, 小计) or stand for what exists already (已建成风电场, 已建光伏, 在建光伏项目) are not
/// projects. The two timetables (表26, 表27) repeat the same projects by year under shortened
/// names (“山东华能50万” for “山东华能 50 万 (在建)”); read as projects they would only add
/// variant duplicates, so a table whose header carries yearly columns is skipped.
/// </summary>
internal static partial class TableProjects
{
    private static readonly string[] NameHeaders = ["规划风电场", "项目名称", "规划光伏电站", "规划光伏"];

    [GeneratedRegex(@"^(已建|在建|合计|小计|容量小计|总计)")]
    private static partial Regex NotAProject();

    /// <summary>A trailing “(在建)”, “(200MW 在建)”, “（远期）”: the project's status, not its name.</summary>
    [GeneratedRegex(@"\s*[（(]([^（）()]*(?:在建|远期|规划)[^（）()]*)[）)]\s*$")]
    private static partial Regex Status();

    public static List<ProjectCandidate> Read(ColumnBlock table)
    {
        var found = new List<ProjectCandidate>();
        string[]? header = null;
        var nameColumn = -1;
        foreach (var row in table.Body)
        {
            if (row.Kind != ParagraphKind.TableLine) continue;
            var cells = row.Text.Split('\t');
            var headerColumn = Array.FindIndex(cells, c => NameHeaders.Contains(Compact(c)));
            if (headerColumn >= 0)
            {
                if (cells.Any(c => c.Contains("新增", StringComparison.Ordinal))) return found;
                header = cells;
                nameColumn = headerColumn;
                continue;
            }
            if (header is null || cells.Length <= nameColumn || !int.TryParse(cells[0].Trim(), out _)) continue;
            var cell = cells[nameColumn];
            if (NotAProject().IsMatch(cell.Trim())) continue;
            var cellStart = CellOffset(cells, nameColumn);
            var (start, end) = NameLists.Trim(row.Text, cellStart, cellStart + cell.Length);
            string? status = null;
            if (Status().Match(row.Text[start..end]) is { Success: true } m)
            {
                status = m.Groups[1].Value.Trim();
                end = start + m.Index;
            }
            if (end - start < 2) continue;
            found.Add(new ProjectCandidate(row, start, end - start, Describe(header, cells, nameColumn, status)));
        }
        return found;
    }

    private static string Describe(string[] header, string[] cells, int nameColumn, string? status)
    {
        var builder = new StringBuilder();
        if (status is not null) builder.Append(status);
        for (var i = 0; i < header.Length && i < cells.Length; i++)
        {
            if (i == 0 || i == nameColumn || string.IsNullOrWhiteSpace(cells[i])) continue;
            if (builder.Length > 0) builder.Append('；');
            builder.Append(header[i].Trim()).Append('：').Append(cells[i].Trim());
        }
        return builder.ToString();
    }

    private static int CellOffset(string[] cells, int index)
    {
        var offset = 0;
        for (var i = 0; i < index; i++) offset += cells[i].Length + 1;
        return offset;
    }

    private static string Compact(string cell) => TextFolding.Fold(cell).Replace(" ", "", StringComparison.Ordinal).Trim();
}
