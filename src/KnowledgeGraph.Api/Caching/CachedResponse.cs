using System.Buffers;
using System.ComponentModel;
using Microsoft.Extensions.Caching.Hybrid;

namespace KnowledgeGraph.Api.Caching;

/// <summary>
/// A successful GraphQL response exactly as sent: UTF-8 JSON. Cached as bytes so a hit is written
/// straight to the response without serialising again. Marked immutable so HybridCache hands out
/// the same instance from memory instead of copying it on every hit.
/// </summary>
[ImmutableObject(true)]
internal sealed class CachedResponse(byte[] utf8Json)
{
    public byte[] Utf8Json { get; } = utf8Json;
}

/// <summary>Stores <see cref="CachedResponse"/> in Redis as its raw bytes.</summary>
internal sealed class CachedResponseSerializer : IHybridCacheSerializer<CachedResponse>
{
    public CachedResponse Deserialize(ReadOnlySequence<byte> source) => new(source.ToArray());

    public void Serialize(CachedResponse value, IBufferWriter<byte> target) => target.Write(value.Utf8Json);
}
