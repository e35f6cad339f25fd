using GraphQL.DataLoader;

namespace KnowledgeGraph.Api.Common.Loading;

/// <summary>Several pending loads seen as one; awaiting it dispatches their batch once.</summary>
internal sealed class ManyResult<T>(IReadOnlyList<IDataLoaderResult<T>> parts) : IDataLoaderResult<IReadOnlyList<T>>
{
    public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var values = new T[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            values[i] = await parts[i].GetResultAsync(cancellationToken).ConfigureAwait(false);
        }
        return values;
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken).ConfigureAwait(false);
}
