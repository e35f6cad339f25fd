using System.Text;

namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// The title a compound document stores among its summary properties (the property set Word and
/// WPS keep in the \u0005SummaryInformation stream), which the text may not print.
/// </summary>
internal static class SummaryInformation
{
    private const uint TitleProperty = 2;
    private const uint CodePageProperty = 1;
    private const uint AnsiString = 0x1E;
    private const uint UnicodeString = 0x1F;

    public static string? Title(CompoundFile file)
    {
        try
        {
            return file.Stream("\u0005SummaryInformation") is { } stream ? Title(stream) : null;
        }
        catch (InvalidDataException)
        {
            // A damaged property set costs the title, not the plan.
            return null;
        }
    }

    private static string? Title(ReadOnlySpan<byte> set)
    {
        if (set.Length < 48 || set.ReadUInt16() != 0xFFFE || set[24..].ReadUInt32() == 0) return null;
        // Offsets and lengths are checked against the set as 64-bit numbers: a damaged one may be any 32-bit value.
        var section = (long)set[44..].ReadUInt32();
        if (section + 8 > set.Length) return null;
        var count = set[(int)(section + 4)..].ReadUInt32();
        int? codePage = null;
        (int At, uint Type)? title = null;
        for (var i = 0L; i < count && section + 16 + 8 * i <= set.Length; i++)
        {
            var entry = set[(int)(section + 8 + 8 * i)..];
            var at = section + entry[4..].ReadUInt32();
            if (at + 8 > set.Length) continue;
            var type = set[(int)at..].ReadUInt32();
            if (entry.ReadUInt32() == CodePageProperty) codePage = set[(int)(at + 4)..].ReadUInt16();
            else if (entry.ReadUInt32() == TitleProperty && type is AnsiString or UnicodeString) title = ((int)at, type);
        }
        if (title is not { } found) return null;
        var length = (long)set[(found.At + 4)..].ReadUInt32() * (found.Type == UnicodeString ? 2 : 1);
        if (found.At + 8 + length > set.Length) return null;
        var value = set.Slice(found.At + 8, (int)length);
        // The code page may be listed after the title: it is known once every property is.
        var text = (found.Type == UnicodeString ? Encoding.Unicode.GetString(value) : Decode(value, codePage)).TrimEnd('\0').Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>An 8-bit string in the set's code page (936, GBK, in Chinese Word; 1200 is UTF-16; 65001 UTF-8).</summary>
    private static string Decode(ReadOnlySpan<byte> value, int? codePage)
    {
        Encoding encoding;
        try
        {
            encoding = codePage is { } page ? Encoding.GetEncoding(page == 0xFDE9 ? 65001 : page) : Encoding.UTF8;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            encoding = Encoding.UTF8;
        }
        return encoding.GetString(value);
    }
}
