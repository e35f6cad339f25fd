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
internal sealed class GraphDigest : IDisposable
{
    private static readonly byte[] Header = "knowledge-graph/1"u8.ToArray();

    // Fields are gathered here and hashed 64 KiB at a time: each AppendData is a call into the
    // native crypto library, and a dozen small calls per row cost more than the hashing itself.
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _used;

    public GraphDigest() => Add(Header);

    public void Add(ReadOnlySpan<byte> field)
    {
        Reserve(4);
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_used), field.Length);
        _used += 4;
        if (field.Length > _buffer.Length / 2)
        {
            Drain();
            _hash.AppendData(field);
            return;
        }
        Reserve(field.Length);
        field.CopyTo(_buffer.AsSpan(_used));
        _used += field.Length;
    }

    public void Add(string field) => Add(field.AsSpan());

    public void Add(ReadOnlySpan<char> field)
    {
        var max = Encoding.UTF8.GetMaxByteCount(field.Length);
        if (max > _buffer.Length / 2)
        {
            var bytes = new byte[Encoding.UTF8.GetByteCount(field)];
            Encoding.UTF8.GetBytes(field, bytes);
            Add(bytes);
            return;
        }
        Reserve(4 + max);
        var length = Encoding.UTF8.GetBytes(field, _buffer.AsSpan(_used + 4));
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_used), length);
        _used += 4 + length;
    }

    public void Add(long value)
    {
        Reserve(8);
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(_used), value);
        _used += 8;
    }

    /// <summary>Lower-case hex of the SHA-256.</summary>
    public string Finish()
    {
        Drain();
        return Convert.ToHexStringLower(_hash.GetHashAndReset());
    }

    private void Reserve(int bytes)
    {
        if (_used + bytes > _buffer.Length) Drain();
    }

    private void Drain()
    {
        _hash.AppendData(_buffer, 0, _used);
        _used = 0;
    }

    public void Dispose() => _hash.Dispose();
}
