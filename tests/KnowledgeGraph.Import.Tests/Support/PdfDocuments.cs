using KnowledgeGraph.Import.Reading;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace KnowledgeGraph.Import.Tests.Support;

/// <summary>PDFs for tests: built page by page in Helvetica, or read from Reading/Fixtures (plans a word processor printed).</summary>
public static class PdfDocuments
{
    /// <summary>A PDF of <paramref name="pages"/> pages, written by <paramref name="write"/> (the page, its number, the font).</summary>
    public static byte[] Build(int pages, Action<PdfPageBuilder, int, PdfDocumentBuilder.AddedFont> write, string? title = null)
    {
        var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = title;
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var i = 1; i <= pages; i++) write(builder.AddPage(PageSize.A4), i, font);
        return builder.Build();
    }

    public static string FixturePath(string fixture) =>
        Path.Combine(Corpus.RepositoryRoot, "tests", "KnowledgeGraph.Import.Tests", "Reading", "Fixtures", fixture);

    /// <summary>A fixture read as the bundled file of plan <paramref name="code"/> would be (its manifest entry applies).</summary>
    public static SourceDocument Fixture(string fixture, string code) =>
        PlanFileReader.Read("plan.pdf", File.ReadAllBytes(FixturePath(fixture))) with { FileName = Path.GetFileName(Corpus.PathOf(code)) };
}
