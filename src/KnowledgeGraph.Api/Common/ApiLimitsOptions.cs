namespace KnowledgeGraph.Api.Common;

/// <summary>
/// Bounds on what one GraphQL request may ask for, bound from the <c>Api:Limits</c> configuration
/// section. Every query path is bounded by one of these: page size, depth, complexity, trace size,
/// batch size and wall-clock time.
/// </summary>
public sealed class ApiLimitsOptions
{
    public const string SectionName = "Api:Limits";

    /// <summary>Deepest selection-set nesting a document may have (default 15; a full trace tree needs about 13).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// Highest complexity score a document may have (default 50,000). An object costs 1 and a scalar
    /// 0.1, times the expected size of every list above it: 'first' for top-level lists, the usual
    /// fan-out (at most 'first') for relationship lists. A plan's tree of chapters, sections,
    /// columns and goals scores about 20,000; twenty plans with twenty goals each about 1,000.
    /// </summary>
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>Most aliased fields one document may contain (default 50); use <c>nodes(ids:)</c> to fetch many nodes.</summary>
    public int MaxAliases { get; set; } = 50;

    /// <summary>Page size of a connection when <c>first</c> is not given (default 20). Also printed as the schema's default.</summary>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>Largest <c>first</c> a connection accepts (default 100); larger values are rejected, not clamped.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Largest <c>maxDepth</c> a trace accepts (default 10: a strategy to a district project runs 8–9 links).</summary>
    public int MaxTraceDepth { get; set; } = 10;

    /// <summary>Most nodes one trace visits before it stops and reports itself truncated (default 500).</summary>
    public int MaxTraceNodes { get; set; } = 500;

    /// <summary>
    /// Most nodes a trace with a target (<c>to</c>) may visit while looking for paths (default 20,000; a node
    /// counts once per number of <c>through</c> nodes passed). Only the paths found are returned, so
    /// the search may go much wider than <see cref="MaxTraceNodes"/>.
    /// </summary>
    public int MaxTraceSearchNodes { get; set; } = 20_000;

    /// <summary>Largest <c>maxPaths</c> a trace with a target accepts (default 100).</summary>
    public int MaxTracePaths { get; set; } = 100;

    /// <summary>Deepest nesting of <c>where</c> filters, counting AND/OR/NOT and relationship filters (default 8).</summary>
    public int MaxFilterDepth { get; set; } = 8;

    /// <summary>
    /// Most nodes one batched per-plan load may read (default 10,000): the goals of all plans on a page are
    /// read in one store query, and this caps that query.
    /// </summary>
    public int MaxBatchNodes { get; set; } = 10_000;

    /// <summary>Longest search text accepted, in characters (default 200).</summary>
    public int MaxSearchTextLength { get; set; } = 200;

    /// <summary>
    /// Most parsed and validated documents kept for reuse, by query text (default 1,000; 0 turns
    /// the cache off). A repeated query skips parsing and validation except the complexity check.
    /// </summary>
    public int MaxCachedDocuments { get; set; } = 1_000;

    /// <summary>Wall-clock limit for executing one request (default 10 s). Enforced by the executor and the HTTP layer.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest request body the HTTP endpoint reads (default 256 KiB). Enforced by the HTTP layer.</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>What is wrong with these settings, naming each setting; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        void Require(bool ok, string name, string what)
        {
            if (!ok) problems.Add($"{SectionName}:{name} {what}");
        }
        Require(MaxDepth >= 2, nameof(MaxDepth), "must be at least 2");
        Require(MaxComplexity >= 1, nameof(MaxComplexity), "must be positive");
        Require(MaxAliases >= 0, nameof(MaxAliases), "must not be negative");
        Require(MaxPageSize >= 1, nameof(MaxPageSize), "must be positive");
        Require(DefaultPageSize >= 1 && DefaultPageSize <= MaxPageSize, nameof(DefaultPageSize), $"must be between 1 and MaxPageSize ({MaxPageSize})");
        Require(MaxTraceDepth >= 1, nameof(MaxTraceDepth), "must be positive");
        Require(MaxTraceNodes >= 1, nameof(MaxTraceNodes), "must be positive");
        Require(MaxTraceSearchNodes >= 1, nameof(MaxTraceSearchNodes), "must be positive");
        Require(MaxTracePaths >= 1, nameof(MaxTracePaths), "must be positive");
        Require(MaxFilterDepth >= 1, nameof(MaxFilterDepth), "must be positive");
        Require(MaxBatchNodes >= MaxPageSize, nameof(MaxBatchNodes), "must be at least MaxPageSize");
        Require(MaxSearchTextLength >= 1, nameof(MaxSearchTextLength), "must be positive");
        Require(MaxCachedDocuments >= 0, nameof(MaxCachedDocuments), "must not be negative");
        Require(ExecutionTimeout > TimeSpan.Zero, nameof(ExecutionTimeout), "must be positive");
        Require(MaxRequestBodyBytes >= 1024, nameof(MaxRequestBodyBytes), "must be at least 1024");
        return problems;
    }
}
