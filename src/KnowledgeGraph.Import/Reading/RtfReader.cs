using System.Text;

namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// Reads an RTF document's groups, control words and text in one pass (<see cref="RtfText"/> says what it gives):
/// each group's state is a value kept on a stack, restored where the group ends, as RTF scopes its properties.
/// </summary>
internal sealed class RtfReader(byte[] bytes)
{
    private const char CellMark = '\u0007';

    // Destinations whose text is not the document's: tables of fonts, colours, styles and lists, pictures,
    // objects, headers, footers, notes, field codes, document properties other than the title.
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "fonttbl", "colortbl", "stylesheet", "listtable", "listoverridetable", "pict", "object", "header", "headerl", "headerr",
        "headerf", "footer", "footerl", "footerr", "footerf", "footnote", "annotation", "fldinst", "info", "xmlnstbl", "rsidtbl",
        "generator", "themedata", "colorschememapping", "latentstyles", "datastore", "shp", "shpinst", "nonshppict", "txbxcontent",
        // What a writer adds for readers that do not know nested tables: the nested table's rows again, flattened.
        "nonesttables",
    };

    /// <summary>
    /// What a group sets, restored at its end: whether its text is skipped (or is the title), the \u fallback's length,
    /// the code page, whether \* marked it ignorable, whether its text is a deleted revision (\deleted, which \plain
    /// resets); and the paragraph's properties, which \pard resets.
    /// </summary>
    private sealed record Group(bool Skip, bool Title, int UnicodeSkip, int CodePage, bool Ignorable, bool InTable, int TableDepth, int? Outline, int? Style)
    {
        public bool Deleted { get; init; }
    }

    private readonly Stack<Group> _groups = new();
    private readonly StringBuilder _line = new();
    private readonly StringBuilder _title = new();
    private readonly List<byte> _pending = [];
    private readonly RtfDefinitions _definitions = new();
    private readonly WordLines _lines = new();
    private Group _group = new(false, false, 1, 1252, false, false, 1, null, null);
    private int _documentCodePage = 1252;
    private int _at;
    // Reading the font table (a font's number, then its character set) and the style sheet (a style's number, then its level).
    private int _toSkip;
    // Where the number a list paragraph prints (its \listtext) starts in the line, while it is read.
    private int _listTextAt = -1;
    private int _listTextDepth;

    public List<string> Lines => _lines.Lines;

    public List<int> Numbers => _lines.Numbers;

    public string Title => _title.ToString();

    public void Run()
    {
        while (_at < bytes.Length)
        {
            var b = bytes[_at++];
            switch (b)
            {
                case (byte)'{':
                    Flush();
                    if (_groups.Count >= RtfText.MaxDepth) throw new InvalidDataException($"groups nested more than {RtfText.MaxDepth} deep");
                    _groups.Push(_group);
                    _group = _group with { Ignorable = false };
                    break;
                case (byte)'}':
                    Flush();
                    if (_groups.Count == 0) break;
                    if (_listTextAt >= 0 && _groups.Count == _listTextDepth) EndListText();
                    if (_definitions.InStyleSheet) _definitions.EndStyle(_documentCodePage);
                    _group = _groups.Pop();
                    if (_groups.Count <= 1) _definitions.InStyleSheet = false;
                    break;
                case (byte)'\\':
                    Control();
                    break;
                case (byte)'\r' or (byte)'\n':
                    break;
                default:
                    Text(b);
                    break;
            }
        }
        Flush();
        if (_line.Length > 0) EndParagraph('\r', depth: 0, endsRow: false);
    }

    private void Text(byte b)
    {
        if (_toSkip > 0)
        {
            _toSkip--;
            return;
        }
        if (_definitions.TakesName) _definitions.NameByte(b);
        else if ((!_group.Skip || _group.Title) && !_group.Deleted) _pending.Add(b);
    }

    /// <summary>The number a list paragraph prints, as the document wrote it for readers without lists: without the space some writers lead it with.</summary>
    private void EndListText()
    {
        // A paragraph ended inside the list text (a damaged file) took the text with it.
        var start = Math.Min(_listTextAt, _line.Length);
        var end = start;
        while (end < _line.Length && _line[end] == ' ') end++;
        _line.Remove(start, end - start);
        _listTextAt = -1;
    }

    private void Control()
    {
        if (_at >= bytes.Length) return;
        var first = bytes[_at];
        if (!char.IsAsciiLetter((char)first))
        {
            _at++;
            switch (first)
            {
                case (byte)'\'':
                    if (_at + 2 > bytes.Length) throw new InvalidDataException("a \\' escape cut short at the end");
                    var hex = Encoding.ASCII.GetString(bytes, _at, 2);
                    _at += 2;
                    if (!byte.TryParse(hex, System.Globalization.NumberStyles.HexNumber, null, out var value)) throw new InvalidDataException($"\\'{hex} is no byte");
                    Text(value);
                    break;
                case (byte)'*':
                    _group = _group with { Ignorable = true };
                    break;
                case (byte)'~':
                    Append("\u00A0");
                    break;
                case (byte)'_':
                    Append("-");
                    break;
                case (byte)'\r' or (byte)'\n':
                    Flush();
                    Paragraph();
                    break;
                case (byte)'\\' or (byte)'{' or (byte)'}':
                    Text(first);
                    break;
            }
            return;
        }
        var start = _at;
        while (_at < bytes.Length && char.IsAsciiLetter((char)bytes[_at]) && _at - start < 32) _at++;
        var word = Encoding.ASCII.GetString(bytes, start, _at - start);
        int? parameter = null;
        var numberStart = _at;
        if (_at < bytes.Length && bytes[_at] == '-') _at++;
        while (_at < bytes.Length && char.IsAsciiDigit((char)bytes[_at]) && _at - numberStart < 11) _at++;
        if (_at > numberStart && int.TryParse(Encoding.ASCII.GetString(bytes, numberStart, _at - numberStart), out var number)) parameter = number;
        if (_at < bytes.Length && bytes[_at] == ' ') _at++;
        Word(word, parameter);
    }

    private void Word(string word, int? parameter)
    {
        // A \uN's fallback characters are skipped, as are a skipped group's words; a \bin's bytes are data.
        if (word == "bin")
        {
            _at = (int)Math.Min(bytes.Length, (long)_at + Math.Max(parameter ?? 0, 0));
            return;
        }
        if (_toSkip > 0)
        {
            _toSkip--;
            return;
        }
        Flush();
        if (DefinitionWord(word, parameter)) return;
        if (_group.Skip) return;
        if (word == "bkmkstart")
        {
            // The bookmark's name is the group's text: read it here, where it stands.
            var end = Array.IndexOf(bytes, (byte)'}', _at);
            if (end < 0) end = bytes.Length;
            var name = Encoding.ASCII.GetString(bytes, _at, end - _at).Trim();
            _at = end;
            if (name.Length > 0 && name != "_GoBack") _line.Append("[bookmark: ").Append(name).Append(']');
            return;
        }
        if (Skipped.Contains(word) || (_group.Ignorable && !Known(word)))
        {
            _group = _group with { Skip = true, Title = false };
            if (word == "stylesheet") _definitions.InStyleSheet = true;
            return;
        }
        // \* marks only the word that follows it.
        _group = _group with { Ignorable = false };
        switch (word)
        {
            case "listtext":
                (_listTextAt, _listTextDepth) = (_line.Length, _groups.Count);
                break;
            case "ansicpg" when parameter is > 0:
                _documentCodePage = parameter.Value;
                _group = _group with { CodePage = parameter.Value };
                break;
            case "f" when parameter is { } font:
                _group = _group with { CodePage = _definitions.CodePageOf(font, _documentCodePage) };
                break;
            case "uc" when parameter is >= 0:
                _group = _group with { UnicodeSkip = parameter.Value };
                break;
            case "u" when parameter is { } code:
                Append(((char)(ushort)(short)code).ToString());
                _toSkip = _group.UnicodeSkip;
                break;
            case "par":
                Paragraph();
                break;
            case "line":
                Append("\n");
                break;
            case "tab":
                Append("\t");
                break;
            case "emdash":
                Append("—");
                break;
            case "endash":
                Append("–");
                break;
            case "lquote":
                Append("‘");
                break;
            case "rquote":
                Append("’");
                break;
            case "ldblquote":
                Append("“");
                break;
            case "rdblquote":
                Append("”");
                break;
            case "bullet":
                Append("•");
                break;
            // A deleted revision (a change tracked, not accepted) is no text of the plan.
            case "deleted":
                _group = _group with { Deleted = parameter is not 0 };
                break;
            case "plain":
                _group = _group with { Deleted = false };
                break;
            case "pard":
                _group = _group with { InTable = false, TableDepth = 1, Outline = null, Style = null };
                break;
            case "intbl":
                _group = _group with { InTable = true };
                break;
            case "itap" when parameter is { } depth:
                _group = _group with { TableDepth = Math.Clamp(depth, 0, WordLines.MaxDepth), InTable = depth > 0 };
                break;
            case "outlinelevel" when parameter is { } level:
                _group = _group with { Outline = level };
                break;
            case "s" when parameter is { } style:
                _group = _group with { Style = style };
                break;
            case "cell":
                EndParagraph(CellMark, depth: 1, endsRow: false);
                break;
            case "nestcell":
                EndParagraph(CellMark, depth: Math.Max(_group.TableDepth, 2), endsRow: false);
                break;
            case "row":
                EndParagraph(CellMark, depth: 1, endsRow: true);
                break;
            case "nestrow":
                EndParagraph(CellMark, depth: Math.Max(_group.TableDepth, 2), endsRow: true);
                break;
        }
    }

    /// <summary>The words the reader keeps of the font table and style sheet (<see cref="RtfDefinitions"/>), and the title.</summary>
    private bool DefinitionWord(string word, int? parameter)
    {
        if (_definitions.Word(word, parameter, _group.Skip, _documentCodePage))
        {
            // A \uN of a style's name is followed by its fallback characters, as in the text.
            if (word == "u") _toSkip = _group.UnicodeSkip;
            return true;
        }
        if (word == "title" && (_group.Skip || _groups.Any(g => g.Skip)))
        {
            _group = _group with { Skip = true, Title = true };
            return true;
        }
        return false;
    }

    /// <summary>
    /// Words that may stand after \* and are read: a bookmark's start, and a nested table row's properties, which end
    /// with the row (\nestrow); the rest of an ignorable destination is skipped.
    /// </summary>
    private static bool Known(string word) => word is "bkmkstart" or "nesttableprops";

    private void Append(string text)
    {
        Flush();
        if (_group.Deleted) return;
        if (_group.Title) _title.Append(text);
        else if (!_group.Skip) _line.Append(text);
    }

    /// <summary>Decodes the bytes read since the last control word in the group's code page.</summary>
    private void Flush()
    {
        if (_pending.Count == 0) return;
        Encoding encoding;
        try
        {
            encoding = Encoding.GetEncoding(_group.CodePage);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            encoding = Encoding.GetEncoding(1252);
        }
        var text = encoding.GetString([.. _pending]);
        _pending.Clear();
        if (_group.Title) _title.Append(text);
        else if (!_group.Skip) _line.Append(text);
    }

    private void Paragraph()
    {
        if (_group.Skip) return;
        EndParagraph('\r', _group.InTable ? Math.Max(_group.TableDepth, 1) : 0, endsRow: false);
    }

    private void EndParagraph(char mark, int depth, bool endsRow)
    {
        var content = _line.ToString();
        _line.Clear();
        if (mark == CellMark) depth = Math.Max(depth, _group.InTable ? Math.Max(_group.TableDepth, 1) : 1);
        if (endsRow)
        {
            _lines.RowEnd(depth);
            return;
        }
        var outline = _group.Outline ?? _definitions.OutlineOf(_group.Style);
        _lines.Paragraph(content, depth, mark == CellMark, outline);
    }
}
