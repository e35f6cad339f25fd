namespace KnowledgeGraph.Import.Normalising;

/// <summary>
/// The normalise pass. Cleans every line, marks the table of contents, and rebuilds paragraphs:
/// PDF extractions wrap running text at a fixed width (with blank lines between wrapped lines),
/// so a line that stops mid-sentence is joined to the next; headings, column titles and table
/// rows always stand alone.
/// </summary>
public static partial class Normaliser
{
    // The line shapes below are asked of nearly every line of every plan: plain checks of a
    // line's end, not regexes, which searched the whole line for where a match could start.
    private static readonly string[] TitlePageEndings = ["纲要", "规划", "人民政府", "委员会", "管委会"];

    /// <summary>“…专项规划之三”: a compilation's line over one of its sub-plans' titles.</summary>
    private static bool IsSubPlanMarker(string text)
    {
        var numerals = text.Length;
        while (numerals > 0 && "一二三四五六七八九十".Contains(text[numerals - 1])) numerals--;
        return numerals < text.Length && text.AsSpan(0, numerals).EndsWith("规划之");
    }

    /// <summary>“图 1 “一核双廊八通道”协同空间布局”: a figure's caption.</summary>
    private static bool IsFigureCaption(string text)
    {
        if (text.Length < 3 || text[0] != '图') return false;
        var at = 1;
        while (at < text.Length && text[at] is ' ' or '\u3000') at++;
        return at < text.Length && char.IsAsciiDigit(text[at]);
    }

    /// <summary>A title page's line: a plan's title or its issuer.</summary>
    private static bool IsTitlePageLine(string text)
    {
        foreach (var ending in TitlePageEndings)
        {
            if (text.EndsWith(ending, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// Other plans' PDF extractions print the title over every page, between the two halves of a
    /// wrapped sentence. A line that repeats the first line of the file twice or more is such a running
    /// head wherever it comes again; a title printed once more (on a title page and over the body) is not.
    /// </summary>
    private static void MarkRunningHeads(TextLine[] lines)
    {
        var first = Array.FindIndex(lines, l => l.Role == LineRole.Content);
        if (first < 0 || lines[first].Text.Length < 8 || lines[first].Text.Contains('。')) return;
        var title = lines[first].Text;
        var repeats = new List<int>();
        for (var i = first + 1; i < lines.Length; i++)
        {
            if (lines[i].Role == LineRole.Content && lines[i].Text.Length == title.Length && lines[i].Text == title) repeats.Add(i);
        }
        if (repeats.Count < 2) return;
        foreach (var i in repeats) lines[i] = lines[i] with { Role = LineRole.RunningHead };
    }

    /// <summary>A line this short that ends without punctuation is a title or a label, not a wrapped line.</summary>
    private const int MinWrappedLineLength = 16;

    public static NormalisedDocument Normalise(Reading.SourceDocument source)
    {
        var lines = new TextLine[source.Lines.Count];
        for (var i = 0; i < lines.Length; i++) lines[i] = LineCleaner.Clean(i + 1, source.Lines[i]);
        TabIndents.Mark(lines);
        QuoteMarks.Rewrite(lines);
        var page = PageFrame.Mark(lines);
        TableOfContents.Mark(lines);
        MarkRunningHeads(lines);
        var paragraphs = new ParagraphBuilder(source.FileName, lines).Build();
        return new NormalisedDocument(source, lines, paragraphs) { Page = page };
    }

    private sealed partial class ParagraphBuilder(string file, TextLine[] lines)
    {
        private readonly List<Paragraph> _paragraphs = [];
        private readonly List<TextLine> _pending = [];
        private readonly bool _bookmarkHeadings = lines.Count(l => l.Bookmarks > 0) >= 5;
        private readonly int _wrapWidth = WrapWidth(lines);
        // Headings the body prints without the numbers its contents give them, by line index (null: none).
        private readonly Dictionary<int, string>? _contentsNumbers = ContentsNumbers.Find(lines);
        private bool _tableMode;
        // A numbered box is open (its title read, no heading since): a titled table in it is the box's own.
        private bool _inBox;
        // A box is open and no division has started since (its numbered items do not close it).
        private bool _boxOpen;
        // The number of the chapter being read (第3章 / 第三章): a line opening 3.1 heads one of its sections.
        private int? _chapter;
        // The line a bare division number took as its title (“第一章” / “发展基础”).
        private int _titleTaken = -1;

        public List<Paragraph> Build()
        {
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (_tableMode && line.Role == LineRole.PageNumber)
                {
                    // In a space-separated table a lone number is a row number, not a page number.
                    Emit(Paragraph.FromLine(file, line, ParagraphKind.TableLine));
                    continue;
                }
                if (line.Role == LineRole.Blank && line.Bookmarks > 0 && _bookmarkHeadings)
                {
                    // A DOCX heading whose text was lost: keep its place, the structure pass needs it.
                    Flush();
                    _tableMode = false;
                    _inBox = false;
                    Emit(Paragraph.FromLine(file, line, ParagraphKind.Heading));
                    continue;
                }
                if (line.Role != LineRole.Content || i == _titleTaken) continue;
                Accept(line, i);
            }
            Flush();
            return _paragraphs;
        }

        private void Accept(TextLine line, int index)
        {
            var text = line.Text;
            if (ColumnTitles.Match(text) is { } column)
            {
                Flush();
                var title = column.Title.Length == 0 ? BareColumnTitle(index) : null;
                // The title read together with its number, as the structure pass reads the joined line.
                var titled = title is { } t ? ColumnTitles.Match(text + " " + lines[t].Text) : null;
                if (titled is null) title = null;
                _tableMode = (titled ?? column).HoldsTable;
                _inBox = true;
                _boxOpen = true;
                ForgetGroups();
                Emit(title is null ? Paragraph.FromLine(file, line, ParagraphKind.ColumnTitle) : Paragraph.Join(file, [line, lines[title.Value]], ParagraphKind.ColumnTitle, apart: true));
                if (title is not null) _titleTaken = title.Value;
                return;
            }
            if (IsHeading(line, index))
            {
                Flush();
                _tableMode = false;
                _inBox = false;
                var number = _contentsNumbers?.GetValueOrDefault(index);
                var shape = HeadingShapes.Match(number + text);
                if (shape is null or { Marker: HeadingMarker.Part or HeadingMarker.Chapter or HeadingMarker.Section or HeadingMarker.ChineseNumeral or HeadingMarker.Named }) _boxOpen = false;
                if (shape is { Marker: HeadingMarker.Chapter } chapter) _chapter = ChineseNumerals.Parse(chapter.Number[1..^1]);
                if (number is not null)
                {
                    Emit(Paragraph.NumberedHeading(file, line, number));
                    return;
                }
                var title = BareDivisionTitle(line, index) ?? BareNumeralTitle(line, index) ?? WrappedTitleEnd(line, index);
                Emit(title is null ? Paragraph.FromLine(file, line, ParagraphKind.Heading) : Paragraph.Join(file, [line, lines[title.Value]], ParagraphKind.Heading));
                if (title is not null) _titleTaken = title.Value;
                return;
            }
            if (IsFigureCaption(text) && !text.Contains('\t'))
            {
                // A figure's caption stands alone: the picture it names was between it and the text around it.
                // Nor is it a table's row: a table before it has ended.
                _tableMode = false;
                Flush();
                Emit(Paragraph.FromLine(file, line, ParagraphKind.Prose));
                return;
            }
            if (!_tableMode && !_inBox && IsTableTitle(line, index))
            {
                _tableMode = true;
                Emit(Paragraph.FromLine(file, line, ParagraphKind.ColumnTitle));
                return;
            }
            if (_tableMode)
            {
                if (IsNote(text) || IsProseAfterTable(line))
                {
                    _tableMode = false;
                }
                else
                {
                    Emit(Paragraph.FromLine(file, line, ParagraphKind.TableLine));
                    return;
                }
            }
            if (text.Contains('\t') || IsLayoutRow(line))
            {
                Flush();
                Emit(Paragraph.FromLine(file, line, ParagraphKind.TableLine));
                return;
            }

            _pending.Add(line);
            if (EndsParagraph(line, index)) Flush();
        }

        /// <summary>
        /// A table's title printed without a number (“南关区“十四五”时期经济社会发展主要指标”, “…重大项目表”): a short
        /// line of its own, no sentence in it, right over the table's header row. Before, such a table was
        /// no box, and none of its rows was read.
        /// </summary>
        private bool IsTableTitle(TextLine line, int index)
        {
            var text = line.Text;
            if (_pending.Count > 0 || text.Length is < 4 or > 50 || line.LeadingTabs > 0 || text.Contains('\t')
                || text.AsSpan().IndexOfAny(SentencePunctuation) >= 0 || !ColumnTitles.NamesATable(text)) return false;
            var next = NextContentIndex(index);
            if (next is not { } n || !ColumnTitles.IsTableHeader(lines[n].Text)) return false;
            // A header printed a cell to a line goes on with another short cell (序号 / 指标 / 2020年…).
            return lines[n].Text.Contains(' ') || lines[n].Text.Contains('\t')
                || (NextContentIndex(n) is { } cell && lines[cell].Text.Trim().Length <= 12 && lines[cell].Text.AsSpan().IndexOfAny(SentencePunctuation) < 0);
        }

        /// <summary>
        /// A table's row as a text layout prints it (pdftotext -layout): cells set apart by wide runs of spaces
        /// (“长春至扶余市和榆树市通道          开发区（4个）    长春北湖科技开发区、…”, or, its first cells empty, indented
        /// far with narrower gaps). Running text has no such gap, and the row is never the half of a wrapped sentence.
        /// </summary>
        private static bool IsLayoutRow(TextLine line)
        {
            var text = line.Text;
            // A row whose first cells are empty is indented far past a paragraph's first-line indent, its cells two spaces apart.
            var indented = line.Raw.Length - line.Raw.AsSpan().TrimStart(' ').Length >= 8;
            var gap = text.IndexOf(indented ? "  " : "   ", StringComparison.Ordinal);
            return gap > 0 && text.AsSpan(gap).TrimStart(' ').Length > 0;
        }

        /// <summary>
        /// The width a PDF extraction wraps running text at: the most common length of the lines that stop
        /// mid-sentence, when a file has many (0 otherwise: a file of one line per paragraph has none).
        /// </summary>
        private static int WrapWidth(TextLine[] lines)
        {
            var counts = new Dictionary<int, int>();
            var wrapped = 0;
            foreach (var line in lines)
            {
                var text = line.Text;
                if (line.Role != LineRole.Content || text.Length < 20 || text.Contains('\t') || text[^1] is '。' or '；' or '：' or '！' or '？') continue;
                counts[text.Length] = counts.GetValueOrDefault(text.Length) + 1;
                wrapped++;
            }
            if (wrapped < 50) return 0;
            var (width, count) = counts.MaxBy(c => (c.Value, c.Key));
            // A clear mode: a tenth of the wrapped lines or more share it.
            return count * 10 >= wrapped ? width : 0;
        }

        /// <summary>A row of a table: tabbed cells, a cell indented by a tab, or spaced cells after a row number (“3 城镇调查失业率 % …”).</summary>
        private static bool IsTableRow(TextLine line) =>
            line.Text.Contains('\t') || line.LeadingTabs > 0 || ItemMarks.RowNumber(line.Text) is not null;

        private TextLine? PreviousContent(int index)
        {
            for (var i = index - 1; i >= 0; i--)
            {
                if (lines[i].Role == LineRole.Content || lines[i].Bookmarks > 0) return lines[i];
            }
            return null;
        }

        /// <summary>
        /// “专栏1” alone on its line with its title on the next (“重大产业项目”), then the box's first item or
        /// row: the index of that title line, or null. A line followed by more such lines is the first of a
        /// bare list of names, not a title.
        /// </summary>
        private int? BareColumnTitle(int index)
        {
            var title = NextContentIndex(index);
            if (title is not { } t) return null;
            var text = lines[t].Text;
            // A title is words (2020 年底吉林电网电源装机统计表), not a figure alone (附表1 / 1.1.1 is no box's title).
            if (text.Length > HeadingShape.MaxTitleLength || !text.Any(TextFolding.IsCjk) || text.Contains('\t') || lines[t].LeadingTabs > 0
                || HeadingShapes.Match(text) is not null || ColumnTitles.Match(text) is not null || ItemMarks.IsBulleted(text)) return null;
            if (NextContentIndex(t) is not { } after) return null;
            var first = lines[after];
            // A title may hold a bracket (中韩（长春）国际合作示范区重点项目), not a sentence's marks, nor a list's unless a
            // table's rows follow it (“八通道”区域重点开发区、工业集中区、特色小镇分布 over 长春至松原市通道⇥开发区（5个）⇥…).
            var overRows = first.Text.Contains('\t') || first.LeadingTabs > 0;
            if (text.AsSpan().IndexOfAny(overRows ? ClauseStops : TitleStops) >= 0) return null;
            if (OpensBox(first)) return t;
            // A label over the box's first text (交通基础设施领域重点项目 / 重点铁路和轨道交通项目 / 推进…); a line of names
            // over more of them is a list without a title.
            return first.Text.Length <= 20 && first.Text.AsSpan().IndexOfAny(TitleStops) < 0 && !first.Text.Contains('\t')
                && NextContentIndex(after) is { } then && OpensBox(lines[then]) && !IsNamesLine(lines[then]) ? t : null;
        }

        // The box's first row or item, its running text (重点推进华为长春研究所、光电信息产业园…), a dashed topic
        // (——新一代信息技术产业链), its table's header row (序号 类 别 指 标…) or the unit its table's figures are in.
        private static bool OpensBox(TextLine first) =>
            first.Text.StartsWith("单位", StringComparison.Ordinal) || first.Text.Contains('\t') || first.LeadingTabs > 0 || HeadingShapes.Match(first.Text) is not null
            || ItemMarks.ItemNumber(first.Text) is not null || ItemMarks.IsBulleted(first.Text) || ItemMarks.IsPaddedNumber(first.Text)
            || ColumnTitles.IsTableHeader(first.Text) || first.Text.StartsWith("——", StringComparison.Ordinal)
            || (first.Text.Length > 8 && first.Text.AsSpan().IndexOfAny(TitleStops) >= 0);

        // Names listed one to a line, as a box without a title prints them: short, no sentence in them.
        private static bool IsNamesLine(TextLine line) => line.Text.Length <= 20 && line.Text.AsSpan().IndexOfAny(TitleStops) < 0;

        // What a box's title does not hold: a sentence's or a list's marks.
        private static readonly System.Buffers.SearchValues<char> TitleStops = System.Buffers.SearchValues.Create("。，、；：！？");
        private static readonly System.Buffers.SearchValues<char> ClauseStops = System.Buffers.SearchValues.Create("。，；：！？");

        private int? NextContentIndex(int index)
        {
            for (var i = index + 1; i < lines.Length; i++)
            {
                if (lines[i].Role == LineRole.Content) return i;
            }
            return null;
        }

        private static readonly System.Buffers.SearchValues<char> SentencePunctuation = System.Buffers.SearchValues.Create("。，；：！？");

        private TextLine? NextContent(int index)
        {
            for (var i = index + 1; i < lines.Length; i++)
            {
                if (lines[i].Role == LineRole.Content || lines[i].Bookmarks > 0) return lines[i];
            }
            return null;
        }

        private static bool IsNote(string text) =>
            text.StartsWith("注", StringComparison.Ordinal) && text.Length > 1 && text[1] is '：' or ':' or ' ' or '\u3000' or '1' or '①';

        private static bool IsProseAfterTable(TextLine line) =>
            line.LeadingTabs == 0 && !line.Text.Contains('\t') && line.Text.Length > 60 && line.Text.Contains('。');

        /// <summary>
        /// A paragraph ends at sentence-final punctuation or a colon introducing a list; a short
        /// line without it is a label or title and stands alone; anything else wrapped and
        /// continues on the next content line.
        /// </summary>
        private bool EndsParagraph(TextLine line, int index)
        {
            var text = line.Text;
            var last = text[^1];
            if (last is '。' or '！' or '？' or '；' or '：' or ':' or '!' or '?' or ';') return true;
            if (last is '”' or '’' or '」' or '）' or ')' && text.Length >= 2 && text[^2] is '。' or '！' or '？') return true;
            // A compilation's “…专项规划之三” line stands over a sub-plan's title, never runs into it;
            // a title page's title and issuer lines stand alone however long they are.
            if (IsSubPlanMarker(text)) return true;
            var next = NextContent(index);
            // Not a wrapped line of running text that happens to end in one of those words (003's glossary:
            // …，“双协同”即长春吉林一体化协同发展规划 / 长春—公主岭同城化协同发展规划。): a title has no clause in it.
            if (text.Length <= 40 && IsTitlePageLine(text) && !StartsWithContinuation(next) && text.AsSpan().IndexOfAny(ClauseMarks) < 0) return true;
            if (PendingLength() < MinWrappedLineLength && !StartsWithContinuation(next)) return true;
            // A label alone on its line (保障国家粮食安全生产能力重点工程 over its list) stops far short of the width
            // the file wraps its running text at: only the last line of a paragraph does, and it ends a sentence. A line that
            // stops at 、 or （ goes on whatever its length.
            if (_pending.Count == 1 && _wrapWidth > 0 && text.Length * 10 < _wrapWidth * 7 && text[^1] is >= '\u4e00' and <= '\u9fff' && !StartsWithContinuation(next)) return true;
            // A bulleted item's name on its own line (● 航博城核心引擎片区基础设施及产业项目 over its description), in a file
            // that does not wrap its running text or far short of the width it wraps at.
            if (_pending.Count == 1 && ItemMarks.IsBulleted(text) && (_wrapWidth == 0 || text.Length * 10 < _wrapWidth * 7)
                && text[^1] is >= '\u4e00' and <= '\u9fff' or '）' or ')' or '”' && !StartsWithContinuation(next)) return true;
            // Fields printed one per line (建设内容：… / 总投资：…), each without a closing mark: not one wrapped line.
            if (next is { } field && ItemMarks.OpensField(_pending[0].Text) && ItemMarks.OpensField(field.Text)) return true;
            // Numbered items too long for a heading's title (“1.…项目：建设…。（牵头单位：…）” / “2.…”): the next number opens the next item.
            if (next is { } item && ItemMarks.ItemNumber(item.Text) is { } number && ItemMarks.ItemNumber(_pending[0].Text) == number - 1) return true;
            return next is not { } following || StartsNewUnit(following) || IsLabel(following);
        }

        private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create("，。；");

        private static readonly System.Buffers.SearchValues<char> LabelPunctuation = System.Buffers.SearchValues.Create("。，、；：！？）");

        /// <summary>A short line without any punctuation (an issuer, a date) is not the tail of a wrapped sentence.</summary>
        private static bool IsLabel(TextLine line) =>
            (line.Text.Length < MinWrappedLineLength || (line.Text.Length <= 30 && IsTitlePageLine(line.Text)))
            && line.Text.AsSpan().IndexOfAny(LabelPunctuation) < 0;

        private static bool StartsWithContinuation(TextLine? next) =>
            next is { Text.Length: > 0 } line && line.Text[0] is '，' or '、' or '。' or '；' or '）' or '”' or '：';

        private bool StartsNewUnit(TextLine next) =>
            ColumnTitles.Match(next.Text) is not null || HeadingShapes.Match(next.Text) is not null
            || IsSubPlanMarker(next.Text) || ItemMarks.IsPaddedNumber(next.Text) || ItemMarks.IsBulleted(next.Text)
            || next.Text.Contains('\t') || (next.Bookmarks > 0 && _bookmarkHeadings);

        private int PendingLength()
        {
            var length = 0;
            for (var i = 0; i < _pending.Count; i++) length += _pending[i].Text.Length;
            return length;
        }

        private void Flush()
        {
            if (_pending.Count == 0) return;
            _paragraphs.Add(Paragraph.Join(file, _pending, ParagraphKind.Prose));
            _pending.Clear();
        }

        private void Emit(Paragraph paragraph)
        {
            Flush();
            _paragraphs.Add(paragraph);
        }
    }
}
