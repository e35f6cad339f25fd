using System.Globalization;
using System.Reflection;
using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.Api.Common;
using KnowledgeGraph.Api.Common.Loading;
using KnowledgeGraph.Api.GraphiQL;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// Every setting a user can bind must appear in the README's configuration table with the default
/// the code really has: a new option or a changed default otherwise goes unnoticed by users.
/// </summary>
public sealed class ConfigurationDocsTests
{
    private static readonly (string Section, Type Options)[] Sections =
    [
        (GraphStoreOptions.SectionName, typeof(GraphStoreOptions)),
        (ApiLimitsOptions.SectionName, typeof(ApiLimitsOptions)),
        (ReadCacheOptions.SectionName, typeof(ReadCacheOptions)),
        (CacheOptions.SectionName, typeof(CacheOptions)),
        (GraphiQLOptions.SectionName, typeof(GraphiQLOptions)),
        (CrossOriginOptions.SectionName, typeof(CrossOriginOptions)),
    ];

    [Fact]
    public void Every_setting_is_in_the_readme_with_its_default()
    {
        var rows = ConfigurationRows();
        var problems = new List<string>();
        foreach (var (section, type) in Sections)
        {
            foreach (var (key, value) in Settings(section, Activator.CreateInstance(type)!))
            {
                if (!rows.TryGetValue(key, out var documented))
                {
                    problems.Add($"{key}: not in the README's configuration table");
                }
                else if (documented is not null && documented != Format(value))
                {
                    problems.Add($"{key}: the README says `{documented}`, the code's default is `{Format(value)}`");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>Setting key → its documented default (null when the default is described in words).</summary>
    private static Dictionary<string, string?> ConfigurationRows()
    {
        var rows = new Dictionary<string, string?>(StringComparer.Ordinal);
        var readme = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "README.md"));
        foreach (var line in readme.Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            // "`A:B:C` / `D`" names A:B:C and A:B:D; the default cell lists their defaults the same way.
            var names = cells[1].Split(" / ").Select(n => n.Trim('`')).ToArray();
            var defaults = cells[2].Split(" / ");
            var prefix = names[0][..(names[0].LastIndexOf(':') + 1)];
            for (var i = 0; i < names.Length; i++)
            {
                var key = names[i].Contains(':', StringComparison.Ordinal) ? names[i] : prefix + names[i];
                var cell = i < defaults.Length ? defaults[i].Trim() : "";
                rows[key] = cell == "—" ? "" : cell.StartsWith('`') && cell.EndsWith('`') ? cell.Trim('`') : null;
            }
        }
        return rows;
    }

    private static IEnumerable<(string Key, object? Value)> Settings(string prefix, object options)
    {
        foreach (var property in options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.CanWrite && p.GetSetMethod() is not null))
        {
            var value = property.GetValue(options);
            var key = $"{prefix}:{property.Name}";
            if (value is not null && property.PropertyType.Name.EndsWith("Options", StringComparison.Ordinal))
            {
                foreach (var nested in Settings(key, value)) yield return nested;
            }
            else
            {
                yield return (key, value);
            }
        }
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        TimeSpan t => t.ToString(
            t.Days > 0 ? @"d\.hh\:mm\:ss" : t.Milliseconds > 0 ? @"hh\:mm\:ss\.fff" : @"hh\:mm\:ss", CultureInfo.InvariantCulture),
        string[] list => string.Join(",", list),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
