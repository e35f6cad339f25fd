using System.CommandLine;

namespace KnowledgeGraph.Cli;

/// <summary>Exit codes the CLI promises: 0 ok, 1 bad input (a plan file, a store), 2 usage.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int Usage = 2;
}

public static class CommandLineApp
{
    /// <summary>Parses and runs; a command line that does not parse is a usage error (exit 2), not bad input.</summary>
    public static async Task<int> RunAsync(RootCommand root, string[] args, TextWriter? error = null)
    {
        error ??= Console.Error;
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) await error.WriteLineAsync($"error: {e.Message}");
            var command = parse.CommandResult.Command == root ? "kg" : $"kg {parse.CommandResult.Command.Name}";
            await error.WriteLineAsync($"Run '{command} --help' for usage.");
            return ExitCodes.Usage;
        }
        return await parse.InvokeAsync();
    }
}
