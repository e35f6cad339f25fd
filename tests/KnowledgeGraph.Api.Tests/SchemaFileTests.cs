using KnowledgeGraph.Api.Schema;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests;

public sealed class SchemaFileTests
{
    [Fact]
    public void Schema_file_matches_the_code()
    {
        var services = new ServiceCollection().AddLogging()
            .AddKnowledgeGraphSchema(new ConfigurationBuilder().Build())
            .BuildServiceProvider();
        var printed = Normalise(services.GetRequiredService<GraphQLExecutor>().PrintSchema());
        var path = RepositoryPaths.SchemaFile;

        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, printed);
        }

        var onDisk = File.Exists(path) ? Normalise(File.ReadAllText(path)) : "";
        Assert.True(printed == onDisk,
            $"schema/schema.graphql differs from the schema the code builds. If the change is intended, regenerate it with " +
            $"`UPDATE_SCHEMA=1 dotnet test tests/KnowledgeGraph.Api.Tests --filter SchemaFileTests` and commit the file. First difference: {FirstDifference(printed, onDisk)}");
    }

    [Fact]
    public void Every_type_field_argument_and_enum_value_has_a_description()
    {
        var services = new ServiceCollection().AddLogging()
            .AddKnowledgeGraphSchema(new ConfigurationBuilder().Build())
            .BuildServiceProvider();
        var schema = services.GetRequiredService<GraphQLExecutor>().Schema;
        schema.Initialize();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            if (type is GraphQL.Types.ScalarGraphType) continue;
            if (string.IsNullOrWhiteSpace(type.Description)) missing.Add(type.Name);
            if (type is GraphQL.Types.IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description)) missing.Add($"{type.Name}.{field.Name}");
                    foreach (var argument in field.Arguments ?? [])
                    {
                        if (string.IsNullOrWhiteSpace(argument.Description)) missing.Add($"{type.Name}.{field.Name}({argument.Name})");
                    }
                }
            }
            if (type is GraphQL.Types.EnumerationGraphType enumeration)
            {
                foreach (var value in enumeration.Values)
                {
                    if (string.IsNullOrWhiteSpace(value.Description)) missing.Add($"{type.Name}.{value.Name}");
                }
            }
        }
        Assert.True(missing.Count == 0, "missing descriptions: " + string.Join(", ", missing));
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

    private static string FirstDifference(string a, string b)
    {
        var la = a.Split('\n');
        var lb = b.Split('\n');
        for (var i = 0; i < Math.Max(la.Length, lb.Length); i++)
        {
            var x = i < la.Length ? la[i] : "<end>";
            var y = i < lb.Length ? lb[i] : "<end>";
            if (x != y) return $"line {i + 1}: code has «{x}», file has «{y}»";
        }
        return "none";
    }
}
