namespace KnowledgeGraph.Import.Normalising;

/// <summary>Which lines are headings: numbered, bookmarked, or, in a file with neither, short lines that read as titles.</summary>
public static partial class Normaliser
{
    private sealed partial class ParagraphBuilder
    {
        private bool IsHeading(TextLine line, int index)
        {
            if (_contentsNumbers?.ContainsKey(index) == true) return true;
            var shape = HeadingShapes.Match(line.Text);
            if (shape is null && _chapter is { } chapter && !line.Text.Contains('\t')
                && HeadingShapes.MatchDecimal(line.Text) is { } numbered && HeadingShapes.DecimalChapter(numbered) == chapter)
            {
                return true;
            }
            if (_tableMode)
            {
                // Inside a table a cell can look like a numbered item; only a line that cannot be a
                // row (no tab between cells) and carries a heading number ends the table, unless it
                // labels the rows that follow it (一、经济发展 over the table's rows of that category).
                if (shape is null) return BareNumeralTitle(line, index) is { } title && !(NextContent(title) is { } after && IsTableRow(after));
                return shape.Marker != HeadingMarker.Arabic && !line.Text.Contains('\t')
                    && !(GroupLabels.Is(line.Text) && NextContent(index) is { } row && IsTableRow(row));
            }
            if (shape is not null) return !IsWrappedItem(shape, index);
            if (BareNumeralTitle(line, index) is not null) return true;
            if (line.Text[^1] is '，' or '、' && WrappedTitleEnd(line, index) is not null) return true;
            if (!_bookmarkHeadings) return BareHeadings && IsBareHeading(line, index);
            if (line.Bookmarks > 0) return line.Text.Length <= 50 && HeadingShapes.LooksLikeTitle(line.Text[..Math.Min(line.Text.Length, HeadingShape.MaxTitleLength)]) && !line.Text.Contains('。');
            // A heading whose marker was lost: a short unpunctuated line directly over a marked
            // heading, or a two-clause title (“筑牢…，着力…”) of the kind the document's parts carry.
            // A bulleted line is a box's item (● 城市管理 over 打造现代化综合环卫公共服务中心。), never a heading.
            if (line.Text.Length > 30 || !HeadingShapes.LooksLikeTitle(line.Text) || ItemMarks.IsBulleted(line.Text)) return false;
            if (line.Text.Contains('，')) return true;
            if (NextContent(index) is not { } next) return false;
            if (next.Bookmarks > 0) return next.Text.Length <= 50 && !next.Text.Contains('。');
            // A section heading that lost its marker alone (绿园区 line 419, 融入全国统一大市场建设):
            // running text ends before it, and the text after it opens with a run-in topic, as its
            // marked sibling sections' text does.
            return PreviousContent(index) is { } previous && previous.Text.EndsWith('。') && Structure.RunInTopics.Of(next.Text) is not null;
        }

        /// <summary>
        /// A file that marks its headings neither by number nor by bookmark: 002 converted without its
        /// <c>[bookmark: …]</c> markers (as other DOCX converters print a plan), whose headings are only its
        /// short lines that read as titles. Numbered items (1.) and named divisions (前言) do not count: 002's
        /// boxes number their items. Asked once, when a line is neither heading-shaped nor bookmarked; a
        /// numbered plan answers at its first division.
        /// </summary>
        private bool BareHeadings => _bare ??= !lines.Any(l => l.Bookmarks > 0 || (l.Role is LineRole.Content or LineRole.Contents && l.LeadingTabs == 0
            && HeadingShapes.Match(l.Text) is { Marker: not (HeadingMarker.Arabic or HeadingMarker.Named) }));

        private bool? _bare;

        // A title may join two clauses (…，…) or list (老旧街区、老旧厂区), but ends none.
        private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create("。；：！？:;");

        /// <summary>
        /// A heading of a file without numbers or bookmarks: a line of its own (the text before it ended its
        /// paragraph, the text after it does not go on with it), short and ending no clause, as the DOCX
        /// outline's titles are; not a title page's title, issuer or date. In a box, a line under a numbered
        /// item or naming a project is the box's.
        /// </summary>
        private bool IsBareHeading(TextLine line, int index)
        {
            var text = line.Text;
            if (_pending.Count > 0 || text.Length is < 2 or > 30 || line.LeadingTabs > 0 || text.Contains('\t') || !HeadingShapes.LooksLikeTitle(text)) return false;
            // A line as long as the lines the file wraps its running text at is the first of a paragraph.
            if (_wrapWidth > 0 && text.Length * 10 >= _wrapWidth * 9) return false;
            if (text.AsSpan().IndexOfAny(ClauseEnds) >= 0 || IsTitlePageLine(text) || (text.Contains('年') && text[^1] is '月' or '日')) return false;
            // A title printed over several lines (长春市二道区国民经济和社会发展 / 第十四个五年规划和2035年 /
            // 远景目标纲要) is the title page's, and a dash item (——产业发展成果) a list's, not a heading.
            if (index <= TitleEnd || text.StartsWith("——", StringComparison.Ordinal) || IsFigureCaption(text)) return false;
            if (_boxOpen && IsBoxContent(text, index))
            {
                // A box that opens with a project label (保障国家粮食安全生产能力重点工程 / 高标准农田建设工程、…) heads its groups so.
                if (FirstInBox && !text.Contains('，') && (ListFollows(index) || LabelledItemFollows(index))) _boxGroups = true;
                return false;
            }
            if (NextContent(index) is not { } next || StartsWithContinuation(next) || IsTableRow(next) || EndsMidSentence(text, next.Text)) return false;
            if (_boxOpen ? IsGroupLabel(text, index) : NamesProjects(text) && ListFollows(index)) return false;
            return true;
        }

        /// <summary>
        /// A line of running text the file wrapped a little short of its width (a line of ideographs only is
        /// narrower than one with figures in it): it ends on a word that leads on (…重点方向，到 / 2025年，…), or
        /// the next line opens with the rest of a cut word before its first stop (…的关键阶 / 段，主要呈现…).
        /// </summary>
        private bool EndsMidSentence(string text, string next)
        {
            if (LeadsOn.Contains(text[^1])) return true;
            // Only near the width: a heading is followed by a paragraph that may open “目前，…”.
            var stop = next.AsSpan().IndexOfAny('，', '。', '、');
            return stop is 1 or 2 && _wrapWidth > 0 && text.Length * 10 >= _wrapWidth * 8;
        }

        // Words a title does not end on: they lead on to what follows.
        private const string LeadsOn = "的到或";

        // A label over a list of projects (先进装备制造重点项目 / 推动中车长客…、…): 004's boxes whose title
        // line was lost print runs of them, which the structure pass makes a box of; no heading ends so.
        private static bool NamesProjects(string text) =>
            text.EndsWith("重点项目", StringComparison.Ordinal) || text.EndsWith("重大项目", StringComparison.Ordinal)
            || text.EndsWith("重点工程", StringComparison.Ordinal) || text.EndsWith("重大工程", StringComparison.Ordinal);

        /// <summary>
        /// A label over one group of a box's list (专栏 13 / 机场 / 推动龙嘉机场三期扩建工程、…; 铁路 / 推动长春—辽源—通化高铁项目、…),
        /// its （一） lost with the headings' numbers: in a box that opens with such a label, a line of one clause
        /// over a sentence that only lists names (、 and no ， before its 。) is the box's, not a heading that ends
        /// it. A heading after the box is followed by its running text (落实省委、省政府“一主、六双”产业空间布局，…).
        /// </summary>
        private bool IsGroupLabel(string label, int index)
        {
            if ((!FirstInBox && !_boxGroups) || label.Contains('，') || !(ListFollows(index) || LabelledItemFollows(index))) return false;
            _boxGroups = true;
            return true;
        }

        // The line being read is the first under a box's title.
        private bool FirstInBox => _paragraphs.Count > 0 && _paragraphs[^1].Kind == ParagraphKind.ColumnTitle;

        /// <summary>The lines after <paramref name="index"/> open with a sentence that only lists names: 、 and no ， before its 。.</summary>
        private bool ListFollows(int index)
        {
            var listed = false;
            var read = 0;
            for (var i = index + 1; i < lines.Length && read < MaxListLines; i++)
            {
                if (lines[i].Role != LineRole.Content) continue;
                read++;
                var text = lines[i].Text.AsSpan();
                var end = text.IndexOfAny('。', '；');
                var sentence = end >= 0 ? text[..end] : text;
                if (sentence.Contains('，')) return false;
                listed |= sentence.Contains('、');
                if (end < 0) continue;
                return listed;
            }
            return false;
        }

        /// <summary>The next line is an item that labels its own text (农村垃圾治理：建立健全村庄保洁体系…).</summary>
        private bool LabelledItemFollows(int index)
        {
            if (NextContent(index) is not { } next) return false;
            var colon = next.Text.AsSpan().IndexOfAny('：', ':');
            return colon is >= 2 and <= 15 && next.Text.AsSpan(0, colon).IndexOfAny(ClauseEnds) < 0 && !next.Text.AsSpan(0, colon).Contains('，');
        }

        /// <summary>“图 1 “一核双廊八通道”协同空间布局”: a figure's caption.</summary>
        private static bool IsFigureCaption(string text)
        {
            if (text.Length < 3 || text[0] != '图') return false;
            var at = 1;
            while (at < text.Length && text[at] is ' ' or '\u3000') at++;
            return at < text.Length && char.IsAsciiDigit(text[at]);
        }

        // A box's list under one label runs over a dozen wrapped lines at the most (001's 专栏 11: eight).
        private const int MaxListLines = 12;

        // The open box heads the groups of its list with labels (IsGroupLabel).
        private bool _boxGroups;

        /// <summary>
        /// The last line of the title the file opens with, printed over up to four lines that read as a
        /// plan's title once joined (the last ends with 纲要 or 规划); −1 when the file opens otherwise.
        /// </summary>
        private int TitleEnd => _titleEnd ??= FindTitleEnd();

        private int? _titleEnd;

        private int FindTitleEnd()
        {
            var joined = "";
            var taken = 0;
            for (var i = 0; i < lines.Length && taken < 4; i++)
            {
                if (lines[i].Role != LineRole.Content) continue;
                var text = lines[i].Text;
                if (text.AsSpan().IndexOfAny(ClauseEnds) >= 0 || text.Contains('，')) return -1;
                joined += text;
                taken++;
                if ((text.EndsWith("纲要", StringComparison.Ordinal) || text.EndsWith("规划", StringComparison.Ordinal)) && joined.Contains("规划", StringComparison.Ordinal)) return i;
            }
            return -1;
        }

        /// <summary>
        /// A short line in an open box that is the box's own: the description under a numbered item
        /// (8.合心镇现代农业产业园 / 推动农耕文化与旅游、文创深度结合) or a project's name.
        /// </summary>
        private bool IsBoxContent(string text, int index)
        {
            if (text.EndsWith("项目", StringComparison.Ordinal) || text.EndsWith("工程", StringComparison.Ordinal)) return true;
            return PreviousContent(index) is { } previous && HeadingShapes.Match(previous.Text) is { Marker: HeadingMarker.Arabic or HeadingMarker.ParenNumeral };
        }

        /// <summary>
        /// A numbered line that is the first line of a wrapped item, not a heading: the next line goes on with
        /// its sentence (11.B+R：Bike And Ride（自行车+公共交通 / ），交通模式是指…). Not a colon in the line alone:
        /// a box's items print “1.…项目：建设…” on a line of their own.
        /// </summary>
        private bool IsWrappedItem(HeadingShape shape, int index) =>
            // Parts, chapters and sections are not items: their headings stand whatever follows them.
            shape.Marker is HeadingMarker.Arabic or HeadingMarker.ChineseNumeral or HeadingMarker.ParenNumeral
            && StartsWithContinuation(NextContent(index));

        /// <summary>
        /// “第一章” alone on its line with its title on the next (other plans' PDF extractions): the index
        /// of that title line — short, without sentence punctuation, not itself a heading — or null.
        /// </summary>
        private int? BareDivisionTitle(TextLine line, int index)
        {
            if (HeadingShapes.Match(line.Text) is not { Title.Length: 0, Marker: HeadingMarker.Part or HeadingMarker.Chapter or HeadingMarker.Section }) return null;
            for (var i = index + 1; i < lines.Length; i++)
            {
                if (lines[i].Role != LineRole.Content) continue;
                var text = lines[i].Text;
                var title = text.Length <= HeadingShape.MaxTitleLength && ReadsAsTitle(text)
                    && !text.Contains('\t') && HeadingShapes.Match(text) is null && ColumnTitles.Match(text) is null;
                return title ? i : null;
            }
            return null;
        }

        /// <summary>
        /// “一、” or “（一）” alone on its line with its title on the next (a PDF extraction of a plan whose
        /// numbers stand apart from their titles): the index of that title line, or null. Without it the
        /// number ran into the text and the section was lost (106 of the bundled plans' sections so printed).
        /// </summary>
        private int? BareNumeralTitle(TextLine line, int index)
        {
            var text = line.Text;
            if (text.Length > 6 || text[^1] is not ('、' or '）' or ')') || NextContentIndex(index) is not { } next) return null;
            var title = lines[next].Text;
            if (title.Length > HeadingShape.MaxTitleLength || !ReadsAsTitle(title) || title.Contains('\t') || lines[next].LeadingTabs > 0
                || HeadingShapes.Match(title) is not null || ColumnTitles.Match(title) is not null || ItemMarks.IsBulleted(title)) return null;
            return HeadingShapes.Match(text + title) is { Marker: HeadingMarker.ChineseNumeral or HeadingMarker.ParenNumeral } shape
                && shape.Number.Length + shape.Title.Length >= text.Length + title.Length - 2 ? next : null;
        }

        private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create("。；：！？");

        /// <summary>
        /// A title may join two clauses with a comma (莲花山's 全面建成小康社会，开启全面建设社会主义现代化新征程 and
        /// its other chapters): without this, a file printing such titles under their numbers lost every one.
        /// A line with a comma and a figure opens the chapter's text instead (到2025年，…). The width a file
        /// wraps at tells nothing here: 莲花山's titles are as long as the lines the rule takes for wrapped.
        /// </summary>
        private static bool ReadsAsTitle(string text)
        {
            var span = text.AsSpan();
            if (span.IndexOfAny(SentenceEnds) >= 0) return false;
            return span.IndexOfAny('，', ',') < 0 || !span.ContainsAnyInRange('0', '9');
        }

        /// <summary>
        /// The end of a heading's title that a PDF wrapped onto the next line, its large font holding fewer
        /// characters a line (“第一节 建设东部生态新城，全面融” / “入新发展格局”): a short line, no sentence in
        /// it, not itself a heading, a box's title or a table's row, whose text the title goes on into. The
        /// index of that line, or null.
        /// </summary>
        private int? WrappedTitleEnd(TextLine line, int index)
        {
            // Only a file that wraps its running text wraps a title.
            if (_wrapWidth == 0 || line.Text.Length < 12 || line.Text.AsSpan().IndexOfAny(ClauseEnds) >= 0 || line.Text[^1] is '）' or ')') return null;
            if (NextContentIndex(index) is not { } end || end > index + 2) return null;
            var text = lines[end].Text;
            // A line opening with a dash is the heading's subtitle (——“环吉大”创新创业核心区), not its title's end;
            // a lone character is a stray (000 prints 感 under 第八章 …安全感).
            if (text.Length is < 2 or > 15 || text[0] == '—' || text.AsSpan().IndexOfAny(ClauseEnds) >= 0 || text.Contains('\t') || lines[end].LeadingTabs > 0
                || HeadingShapes.Match(text) is not null || ColumnTitles.Match(text) is not null || ItemMarks.IsBulleted(text)
                || (lines[end].Bookmarks > 0 && _bookmarkHeadings)) return null;
            // The first line may end in the comma between the title's two clauses: the whole reads as a heading.
            if (HeadingShapes.Match(line.Text + text) is not { Title.Length: > 0, Marker: not (HeadingMarker.Arabic or HeadingMarker.Named) }) return null;
            // A title's tail ends its paragraph: the line after it starts something else, or there is none.
            return NextContentIndex(end) is not { } after || StartsAnew(lines[after]) ? end : null;
        }

        // Running text, a heading, a box, a label over what follows (长春新区：) or a dashed topic (——“环吉大”创新创业核心区).
        private static bool StartsAnew(TextLine line) =>
            !StartsWithContinuation(line) && (line.Text.Length > 15 || line.Text[^1] is '：' || line.Text.StartsWith('—')
                || HeadingShapes.Match(line.Text) is not null || ColumnTitles.Match(line.Text) is not null);
    }
}
