using System.Buffers.Binary;
using System.Text;

namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// A compound file (structured storage), the container Word 97–2003 documents (.doc) are saved in,
/// as are WPS documents in Word's layout: the streams stored at its top level, by name. Every
/// sector chain is checked against the file's bounds and for loops, so a damaged file is refused
/// with <see cref="InvalidDataException"/> instead of being read past its end or forever.
/// </summary>
internal sealed class CompoundFile
{
    private const uint EndOfChain = 0xFFFFFFFE;
    private const int EntrySize = 128;
    private const byte StreamEntry = 2;
    private const uint NoEntry = 0xFFFFFFFF;

    private readonly byte[] _bytes;
    private readonly int _sectorShift;
    private readonly uint[] _fat;
    private readonly uint[] _miniFat;
    private readonly uint _miniCutoff;
    private readonly bool _sizesAre32Bit;
    private readonly byte[] _directory;
    private byte[]? _miniStream;

    private static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static bool Is(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Signature);

    private CompoundFile(byte[] bytes)
    {
        _bytes = bytes;
        if (bytes.Length < 512 || !Is(bytes)) throw new InvalidDataException("no compound-file header");
        var header = bytes.AsSpan(0, 512);
        _sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(header[0x1E..]);
        if (_sectorShift is not (9 or 12) || BinaryPrimitives.ReadUInt16LittleEndian(header[0x20..]) != 6)
        {
            throw new InvalidDataException($"a sector size of 2^{_sectorShift}");
        }
        // Version 3 files may leave garbage in a stream size's high half.
        _sizesAre32Bit = BinaryPrimitives.ReadUInt16LittleEndian(header[0x1A..]) == 3;
        _miniCutoff = BinaryPrimitives.ReadUInt32LittleEndian(header[0x38..]);
        if (_miniCutoff != 4096) throw new InvalidDataException($"a small-stream cutoff of {_miniCutoff} bytes");
        _fat = Table(FatSectors(header).SelectMany(s => Sector(s).ToArray()).ToArray());
        _directory = Chain(BinaryPrimitives.ReadUInt32LittleEndian(header[0x30..]), _fat, long.MaxValue);
        _miniFat = BinaryPrimitives.ReadUInt32LittleEndian(header[0x40..]) == 0 ? []
            : Table(Chain(BinaryPrimitives.ReadUInt32LittleEndian(header[0x3C..]), _fat, long.MaxValue));
    }

    public static CompoundFile Open(byte[] bytes) => new(bytes);

    private int SectorSize => 1 << _sectorShift;

    /// <summary>The stream named <paramref name="name"/> among the root's children, or null where there is none.</summary>
    public byte[]? Stream(string name)
    {
        var entries = _directory.Length / EntrySize;
        if (entries == 0) throw new InvalidDataException("no directory");
        // The root's children are a tree of siblings (left and right); walked with a stack, each entry once.
        var pending = new Stack<uint>();
        pending.Push(Entry(0)[0x4C..].ReadUInt32());
        var seen = new HashSet<uint>();
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (id == NoEntry) continue;
            if (id >= entries || !seen.Add(id)) throw new InvalidDataException($"directory entry {id} out of place");
            var entry = Entry((int)id);
            pending.Push(entry[0x44..].ReadUInt32());
            pending.Push(entry[0x48..].ReadUInt32());
            var nameLength = Math.Clamp((int)entry[0x40..].ReadUInt16(), 2, 64);
            if (entry[0x42] != StreamEntry || Encoding.Unicode.GetString(entry[..(nameLength - 2)]) != name) continue;
            var size = _sizesAre32Bit ? entry[0x78..].ReadUInt32() : (long)BinaryPrimitives.ReadUInt64LittleEndian(entry[0x78..]);
            var start = entry[0x74..].ReadUInt32();
            if (size >= _miniCutoff) return Chain(start, _fat, size);
            _miniStream ??= Chain(Entry(0)[0x74..].ReadUInt32(), _fat, long.MaxValue);
            return MiniChain(start, size);
        }
        return null;
    }

    private ReadOnlySpan<byte> Entry(int id) => _directory.AsSpan(id * EntrySize, EntrySize);

    /// <summary>The sectors that hold the allocation table: 109 named in the header, the rest in a chain of their own.</summary>
    private IEnumerable<uint> FatSectors(ReadOnlySpan<byte> header)
    {
        var count = header[0x2C..].ReadUInt32();
        if (count > _bytes.Length >> _sectorShift) throw new InvalidDataException($"an allocation table of {count} sectors in a file of fewer");
        var listed = new List<uint>();
        for (var i = 0; i < 109 && listed.Count < count; i++) listed.Add(header[(0x4C + 4 * i)..].ReadUInt32());
        var next = header[0x44..].ReadUInt32();
        var perSector = SectorSize / 4 - 1;
        for (var hops = 0; listed.Count < count; hops++)
        {
            if (next >= EndOfChain || hops > _bytes.Length >> _sectorShift) throw new InvalidDataException("the allocation table's list ends early");
            var sector = Sector(next);
            for (var i = 0; i < perSector && listed.Count < count; i++) listed.Add(sector[(4 * i)..].ReadUInt32());
            next = sector[(4 * perSector)..].ReadUInt32();
        }
        return listed;
    }

    private ReadOnlySpan<byte> Sector(uint sector)
    {
        var offset = ((long)sector + 1) << _sectorShift;
        if (offset + SectorSize > _bytes.Length) throw new InvalidDataException($"sector {sector} lies past the end of the file");
        return _bytes.AsSpan((int)offset, SectorSize);
    }

    /// <summary>The sectors of a chain, joined: <paramref name="size"/> bytes of them (all where it is long.MaxValue).</summary>
    private byte[] Chain(uint start, uint[] table, long size)
    {
        using var bytes = new MemoryStream();
        for (var sector = start; sector != EndOfChain && bytes.Length < size; sector = table[sector])
        {
            if (sector >= table.Length || bytes.Length > _bytes.Length) throw new InvalidDataException($"a chain of sectors breaks off at {sector}");
            bytes.Write(Sector(sector));
        }
        if (size != long.MaxValue && bytes.Length < size) throw new InvalidDataException("a stream is shorter than its directory entry says");
        var all = bytes.GetBuffer();
        return all.AsSpan(0, (int)Math.Min(bytes.Length, size)).ToArray();
    }

    /// <summary>A small stream, kept in 64-byte sectors of the mini stream.</summary>
    private byte[] MiniChain(uint start, long size)
    {
        var bytes = new byte[size];
        var written = 0;
        for (var sector = start; written < size; sector = _miniFat[sector])
        {
            if (sector >= _miniFat.Length || (long)(sector + 1) * 64 > _miniStream!.Length) throw new InvalidDataException($"a chain of small sectors breaks off at {sector}");
            var take = (int)Math.Min(64, size - written);
            _miniStream.AsSpan((int)sector * 64, take).CopyTo(bytes.AsSpan(written));
            written += take;
        }
        return bytes;
    }

    private static uint[] Table(byte[] bytes)
    {
        var table = new uint[bytes.Length / 4];
        for (var i = 0; i < table.Length; i++) table[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4 * i));
        return table;
    }
}

/// <summary>Little-endian reads from a span, as the binary Office formats store their numbers.</summary>
internal static class LittleEndian
{
    public static uint ReadUInt32(this ReadOnlySpan<byte> bytes) => BinaryPrimitives.ReadUInt32LittleEndian(bytes);

    public static ushort ReadUInt16(this ReadOnlySpan<byte> bytes) => BinaryPrimitives.ReadUInt16LittleEndian(bytes);

    public static int ReadInt32(this ReadOnlySpan<byte> bytes) => BinaryPrimitives.ReadInt32LittleEndian(bytes);
}
