using System.CommandLine;
using KnowledgeGraph.Import.Reading;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg text FILE</c>: a plan file's text as the importer reads it, each line after the number its
/// provenance gives (the file's line; a Word document's paragraph; a PDF's page; a web page's source
/// line), so that a quote can be found again and a PDF's tables and headings seen as they were read.
/// </summary>
public static class TextCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A plan file: .txt, .pdf, .ofd, .docx, .doc, .wps, .rtf, .html or .mht." };
        var command = new Command("text", "Print a plan file's text as the importer reads it, each line after the line, paragraph or page its provenance gives.") { file };
        command.SetAction(async (ParseResult parse, CancellationToken ct) =>
            await RunAsync(parse.GetRequiredValue(file).FullName, Console.Out, Console.Error, ct));
        return command;
    }

    public static async Task<int> RunAsync(string path, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"error: {path}: no such file");
            return ExitCodes.BadInput;
        }
        SourceDocument document;
        try
        {
            document = PlanFileReader.Read(path);
        }
        catch (PlanInputException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        if (document.ConvertedFrom is { } encoding) await error.WriteLineAsync($"note: converted from {encoding} to UTF-8");
        if (document.ReadAs is { } readAs) await error.WriteLineAsync($"note: read as {readAs}, which its bytes are, whatever its name says");
        for (var i = 0; i < document.Lines.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var number = document.LineNumbers?[i] ?? i + 1;
            await output.WriteLineAsync($"{number}\t{document.Lines[i]}");
        }
        return ExitCodes.Ok;
    }
}
