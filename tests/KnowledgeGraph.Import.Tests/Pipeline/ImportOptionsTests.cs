using KnowledgeGraph.Import.Pipeline;
using KnowledgeGraph.Import.Tests.Support;

namespace KnowledgeGraph.Import.Tests.Pipeline;

/// <summary>Where an import finds its manifest and gazetteers when it is not told.</summary>
public sealed class ImportOptionsTests : IDisposable
{
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "kg-options-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_scratch)) Directory.Delete(_scratch, recursive: true);
    }

    [Fact]
    public void Bundled_plans_read_the_import_directory_they_sit_in()
    {
        Assert.Equal(Corpus.ImportDirectory, ImportOptions.DefaultImportDirectory(Corpus.PlansDirectory, _scratch, _scratch));
    }

    [Fact]
    public void A_folder_laid_out_as_import_reads_its_own_gazetteers()
    {
        var plans = Directory.CreateDirectory(Path.Combine(_scratch, "mine", "plans")).FullName;
        Directory.CreateDirectory(Path.Combine(_scratch, "mine", "gazetteers"));

        Assert.Equal(Path.Combine(_scratch, "mine"), ImportOptions.DefaultImportDirectory(plans, Corpus.RepositoryRoot, _scratch));
    }

    [Fact]
    public void Plans_kept_elsewhere_read_the_bundled_import_directory_found_from_the_working_directory()
    {
        var plans = Directory.CreateDirectory(Path.Combine(_scratch, "downloads")).FullName;

        Assert.Equal(Corpus.ImportDirectory, ImportOptions.DefaultImportDirectory(plans, Path.Combine(Corpus.RepositoryRoot, "src", "KnowledgeGraph.Cli"), _scratch));
        // Nowhere to find one: the plans' parent, whose missing gazetteer the import then reports.
        Assert.Equal(_scratch, ImportOptions.DefaultImportDirectory(plans, _scratch, _scratch));
    }

    [Fact]
    public void Away_from_the_repository_the_copy_shipped_beside_the_program_is_the_bundled_one()
    {
        var plans = Directory.CreateDirectory(Path.Combine(_scratch, "downloads")).FullName;
        var program = Directory.CreateDirectory(Path.Combine(_scratch, "kg")).FullName;
        Directory.CreateDirectory(Path.Combine(program, "import", "gazetteers"));
        var elsewhere = Directory.CreateDirectory(Path.Combine(_scratch, "home")).FullName;

        Assert.Equal(Path.Combine(program, "import"), ImportOptions.DefaultImportDirectory(plans, elsewhere, program));
        // A checkout the user works in comes first: its plans and gazetteers may have been edited.
        Assert.Equal(Corpus.ImportDirectory, ImportOptions.DefaultImportDirectory(plans, Corpus.RepositoryRoot, program));
    }
}
