using GraphQL.DataLoader;

namespace KnowledgeGraph.Api.Common.Loading;

/// <summary>
/// Chaining for pending loads. A continuation may return another pending load: the execution
/// strategy then queues it with the other loads of the same level, so a chain such as
/// goal → MEASURES edges → indicator node still costs one store query per step for the whole page.
/// </summary>
public static class DataLoaderResultExtensions
{
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> source, Func<T, TResult> next) =>
        new Chained<T, TResult>(source, next);

    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> source, Func<T, CancellationToken, Task<TResult>> next) =>
        new ChainedAsync<T, TResult>(source, next);

    /// <summary>A value already known, for resolvers that sometimes need no load.</summary>
    public static IDataLoaderResult<T> Done<T>(T value) => new Completed<T>(value);

    private sealed class Chained<T, TResult>(IDataLoaderResult<T> source, Func<T, TResult> next) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            next(await source.GetResultAsync(cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed class ChainedAsync<T, TResult>(IDataLoaderResult<T> source, Func<T, CancellationToken, Task<TResult>> next) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            await next(await source.GetResultAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed class Completed<T>(T value) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }
}
