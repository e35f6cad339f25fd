namespace KnowledgeGraph.Api.Http;

/// <summary>A serialised GraphQL response (UTF-8 JSON) and what kind of result it holds, which decides the status code.</summary>
/// <param name="Cacheable">A successful query: the result cache may keep it.</param>
internal readonly record struct ExecutedResponse(byte[] Utf8Json, ResponseOutcome Outcome, bool Cacheable = false);

internal enum ResponseOutcome
{
    /// <summary>Executed without errors.</summary>
    Success,

    /// <summary>Executed; some fields failed (data is present, possibly partly null).</summary>
    FieldErrors,

    /// <summary>Not executed: the document did not parse or validate, or the request was unusable.</summary>
    RequestError,

    /// <summary>A mutation sent with GET.</summary>
    MutationOverGet,

    /// <summary>Execution ran past the configured time limit.</summary>
    Timeout,
}
