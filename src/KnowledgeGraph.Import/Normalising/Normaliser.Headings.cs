namespace KnowledgeGraph.Import.Normalising;

/// <summary>Which lines are headings: numbered, bookmarked, or, in a file with neither, short lines that read as titles.</summary>
public static partial class Normaliser
{
    private sealed partial class ParagraphBuilder
    {
        private bool IsHeading(TextLine line, int index)
        {
            if (_contentsNumbers?.ContainsKey(index) == true) return true;
            // A Word document or web page says which paragraphs are headings: those at an outline level, short of a sentence.
            if (line.Outline > 0 && line.Text.Length <= 50 && !line.Text.Contains('。')) return true;
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
                if (shape is null)
                {
                    // In a file without numbers, a heading's line after a table of tabbed rows: no tab, and the
                    // running text after it is no row (000 so printed: 2035年远景目标 under 专栏 1's rows).
                    if (!_bookmarkHeadings && !line.Text.Contains('\t') && BareHeadings && PreviousContent(index) is { } above && above.Text.Contains('\t')
                        && IsBareHeading(line, index)) return true;
                    return BareNumeralTitle(line, index) is { } title && !(NextContent(title) is { } after && IsTableRow(after));
                }
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

        // A title may join two clauses (…，…) or list (老旧街区、老旧厂区), but ends none.
        private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create("。；：！？:;");

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
