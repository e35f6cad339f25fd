using System.Text;

namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// The numbers Word prints before the numbered paragraphs of a Word 97–2003 document (第一章, 一、, （一）):
/// a .doc stores them as list definitions, not as text. Counters run per list, as in a .docx
/// (<see cref="DocxNumbering"/>, whose number formats these are): instances of one list continue
/// each other, a deeper level starts again after each number of a higher one, and an instance that
/// sets a level's start starts it again where it is first used.
/// </summary>
internal sealed class DocLists
{
    /// <summary>A level: where it starts, its number format, its text (characters 0–8 stand for the levels' numbers), what follows it.</summary>
    private sealed record Level(int Start, string Format, string Text, string Suffix, bool Legal);

    /// <summary>A list instance: its list (by the list's identifier) and the levels whose start it sets.</summary>
    private sealed record Instance(int List, Dictionary<int, int> Starts);

    private readonly Dictionary<int, Level[]> _lists = [];
    // In the order the paragraphs' 1-based instance numbers count.
    private readonly List<Instance> _instances = [];
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<int> _started = [];

    public DocLists(DocFile file)
    {
        ReadLists(file.Table, file.ListsAt);
        ReadInstances(file.ListInstanceBytes.ToArray());
    }

    /// <summary>The number paragraph of list instance <paramref name="instance"/> (1-based) at <paramref name="level"/> prints, with what follows it; counts the paragraph.</summary>
    public string? Next(int instance, int level)
    {
        if (instance < 1 || instance > _instances.Count) return null;
        var (list, starts) = _instances[instance - 1];
        if (!_lists.TryGetValue(list, out var levels) || level >= levels.Length) return null;
        var counters = _counters.TryGetValue(list, out var c) ? c : _counters[list] = new int?[9];
        if (_started.Add(instance))
        {
            foreach (var overridden in starts.Keys) counters[overridden] = null;
        }
        int StartOf(int l) => starts.TryGetValue(l, out var start) ? start : levels[l].Start;
        counters[level] = counters[level] is { } n ? n + 1 : StartOf(level);
        for (var deeper = level + 1; deeper < counters.Length; deeper++) counters[deeper] = null;
        var current = levels[level];
        if (current.Format == "none") return current.Suffix;
        var text = new StringBuilder();
        foreach (var character in current.Text)
        {
            if (character < levels.Length)
            {
                var value = counters[character] ?? StartOf(character);
                text.Append(DocxNumbering.Format(value, current.Legal ? "decimal" : levels[character].Format));
            }
            else if (character >= 9)
            {
                text.Append(character);
            }
        }
        if (current.Format == "bullet") return DocxNumbering.Bullet(text.ToString()) + current.Suffix;
        return text.Append(current.Suffix).ToString();
    }

    /// <summary>
    /// The instances (16 bytes each: the list's identifier first, the count of levels it changes thirteenth), then
    /// for each the levels it changes: 8 bytes each (a start, then the level and whether the start or the whole level
    /// is changed), a whole level's definition after them. A changed definition is not read: only its start.
    /// </summary>
    private void ReadInstances(byte[] bytes)
    {
        var count = bytes.Length >= 4 ? (int)Math.Min(bytes.AsSpan().ReadUInt32(), (uint)(bytes.Length - 4) / 16) : 0;
        var at = 4 + 16 * count;
        for (var i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> instance = bytes.AsSpan(4 + 16 * i, 16);
            var starts = new Dictionary<int, int>();
            // Each instance's changes start with a character position Word no longer uses.
            at += 4;
            for (var k = 0; k < instance[12] && at + 8 <= bytes.Length; k++)
            {
                ReadOnlySpan<byte> change = bytes.AsSpan(at, 8);
                var flags = change[4..].ReadUInt32();
                var level = (int)(flags & 0x0F);
                at += 8;
                if ((flags & 0x20) != 0)
                {
                    var definition = ReadLevel(bytes, ref at);
                    if (definition is null) break;
                    if (level < 9) starts[level] = definition.Start;
                }
                else if ((flags & 0x10) != 0 && level < 9)
                {
                    starts[level] = change.ReadInt32();
                }
            }
            _instances.Add(new Instance(instance.ReadInt32(), starts));
        }
    }

    /// <summary>The lists (28 bytes each), then each list's levels: nine, or one for a simple list.</summary>
    private void ReadLists(byte[] table, int at)
    {
        if (at < 0 || at + 2 > table.Length) return;
        var count = (short)table.AsSpan(at).ReadUInt16();
        var levelsAt = at + 2 + 28 * Math.Max((int)count, 0);
        for (var i = 0; i < count && at + 2 + 28 * (i + 1) <= table.Length; i++)
        {
            ReadOnlySpan<byte> list = table.AsSpan(at + 2 + 28 * i, 28);
            var levels = new Level[(list[26] & 1) != 0 ? 1 : 9];
            for (var l = 0; l < levels.Length; l++)
            {
                if (ReadLevel(table, ref levelsAt) is not { } level) return;
                levels[l] = level;
            }
            _lists.TryAdd(list.ReadInt32(), levels);
        }
    }

    private static Level? ReadLevel(byte[] table, ref int at)
    {
        if (at + 28 > table.Length) return null;
        ReadOnlySpan<byte> level = table.AsSpan(at, 28);
        var (start, format, legal) = (level.ReadInt32(), level[4], (level[5] & 0x04) != 0);
        var suffix = level[15] switch { 1 => " ", 2 => "", _ => "\t" };
        at += 28 + level[25] + level[24];
        if (at + 2 > table.Length) return null;
        var length = table.AsSpan(at).ReadUInt16();
        if (at + 2 + 2 * length > table.Length) return null;
        var text = Encoding.Unicode.GetString(table, at + 2, 2 * length);
        at += 2 + 2 * length;
        return new Level(start, FormatName(format), text, suffix, legal);
    }

    /// <summary>The number formats of the binary format by the names the .docx gives them.</summary>
    private static string FormatName(byte code) => code switch
    {
        1 => "upperRoman",
        2 => "lowerRoman",
        3 => "upperLetter",
        4 => "lowerLetter",
        10 => "ideographDigital",
        11 => "japaneseCounting",
        14 => "decimalFullWidth",
        17 => "japaneseDigitalTenThousand",
        18 => "decimalEnclosedCircle",
        19 => "decimalFullWidth2",
        22 => "decimalZero",
        23 => "bullet",
        26 => "decimalEnclosedFullstop",
        27 => "decimalEnclosedParen",
        28 => "decimalEnclosedCircleChinese",
        30 => "ideographTraditional",
        31 => "ideographZodiac",
        33 => "taiwaneseCounting",
        34 => "ideographLegalTraditional",
        35 => "taiwaneseCountingThousand",
        36 => "taiwaneseDigital",
        37 => "chineseCounting",
        38 => "chineseLegalSimplified",
        39 => "chineseCountingThousand",
        255 => "none",
        _ => "decimal",
    };
}
