using KnowledgeGraph.Api.Common;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Schema;

/// <summary>Fails start-up with every out-of-range limit named, instead of failing the first request.</summary>
internal sealed class ApiLimitsOptionsValidator : IValidateOptions<ApiLimitsOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiLimitsOptions options)
    {
        var problems = options.Problems();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
