using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Store;

/// <summary>
/// The version of a stored graph: SHA-256 over a canonical, length-prefixed stream of what the
/// store keeps (each distinct provenance once, then nodes and relationships in graph order).
/// Every store feeds the same stream, so the same graph has the same version in SQLite and in
/// Neo4j; it is computed while writing, at a fraction of the cost of hashing the JSONL export
/// (which repeats each 200-character quote on every relationship).
/// </summary>
public sealed class GraphDigest : IDisposable
{
    private static readonly byte[] Header = "knowledge-graph/1"u8.ToArray();

    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _scratch = new byte[1024];

    public GraphDigest() => Add(Header);

    public void Add(ReadOnlySpan<byte> field)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, field.Length);
        _hash.AppendData(length);
        _hash.AppendData(field);
    }

    public void Add(string field)
    {
        var max = Encoding.UTF8.GetMaxByteCount(field.Length);
        if (max <= _scratch.Length)
        {
            var n = Encoding.UTF8.GetBytes(field, _scratch);
            Add(_scratch.AsSpan(0, n));
        }
        else
        {
            Add(Encoding.UTF8.GetBytes(field));
        }
    }

    public void Add(long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        _hash.AppendData(bytes);
    }

    /// <summary>Lower-case hex of the SHA-256.</summary>
    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();
}
