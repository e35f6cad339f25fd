namespace KnowledgeGraph.Import.Extraction;

/// <summary>
/// What every rule family may read besides the plan itself: the import directory, where the
/// gazetteers and alias lists live (import/gazetteers/…). Families load their own resources
/// through it once per import. <paramref name="planRegions"/>: the region and level of every plan
/// being imported, known before any is extracted (a plan names the others' regions).
/// </summary>
public sealed class ExtractionContext(string importDirectory, IReadOnlyList<(string Region, string Level)>? planRegions = null)
{
    private readonly Dictionary<Type, object> _resources = [];
    private readonly Lock _gate = new();

    public string ImportDirectory { get; } = importDirectory;

    public IReadOnlyList<(string Region, string Level)> PlanRegions { get; } = planRegions ?? [];

    public string GazetteerPath(string fileName) => GazetteerPath(ImportDirectory, fileName);

    public static string GazetteerPath(string importDirectory, string fileName) => Path.Combine(importDirectory, "gazetteers", fileName);

    /// <summary>A resource the import has already loaded (the place gazetteer, read beside the files), for <see cref="Resource{T}"/> to hand out.</summary>
    public void Provide<T>(T resource) where T : class
    {
        lock (_gate) _resources.TryAdd(typeof(T), resource);
    }

    /// <summary>A resource loaded once per import and shared by all plans (thread-safe).</summary>
    public T Resource<T>(Func<ExtractionContext, T> load) where T : class
    {
        lock (_gate)
        {
            if (_resources.TryGetValue(typeof(T), out var existing)) return (T)existing;
            var loaded = load(this);
            _resources[typeof(T)] = loaded;
            return loaded;
        }
    }
}
