namespace KnowledgeGraph.Import.Normalising;

/// <summary>Headings of a file that marks them neither by number nor by bookmark, and the lines that look like them but are not.</summary>
public static partial class Normaliser
{
    private sealed partial class ParagraphBuilder
    {
        /// <summary>
        /// A file that marks its headings neither by number nor by bookmark (nor by the outline levels of a Word
        /// document or web page): 002 converted without its
        /// <c>[bookmark: …]</c> markers (as other DOCX converters print a plan), whose headings are only its
        /// short lines that read as titles. Numbered items (1.) and named divisions (前言) do not count: 002's
        /// boxes number their items. Asked once, when a line is neither heading-shaped nor bookmarked; a
        /// numbered plan answers at its first division.
        /// </summary>
        private bool BareHeadings => _bare ??= !lines.Any(l => l.Bookmarks > 0 || l.Outline > 0 || (l.Role is LineRole.Content or LineRole.Contents && l.LeadingTabs == 0
            && HeadingShapes.Match(l.Text) is { Marker: not (HeadingMarker.Arabic or HeadingMarker.Named) }));

        private bool? _bare;

        /// <summary>
        /// A heading of a file without numbers or bookmarks: a line of its own (the text before it ended its
        /// paragraph, the text after it does not go on with it), short and ending no clause, as the DOCX
        /// outline's titles are; not a title page's title, issuer or date, nor a paragraph's first line wrapped
        /// short. In a box, a line under a numbered item, naming a project or labelling a group of its list is
        /// the box's, and so is a label over a list of projects in a box whose title line was lost.
        /// </summary>
        private bool IsBareHeading(TextLine line, int index)
        {
            var text = line.Text;
            if (_pending.Count > 0 || text.Length is < 2 or > 30 || line.LeadingTabs > 0 || text.Contains('\t') || !HeadingShapes.LooksLikeTitle(text)) return false;
            // A line as long as the lines the file wraps its running text at is the first of a paragraph.
            if (_wrapWidth > 0 && text.Length * 10 >= _wrapWidth * 9) return false;
            if (text.AsSpan().IndexOfAny(ClauseEnds) >= 0 || IsTitlePageLine(text) || (text.Contains('年') && text[^1] is '月' or '日')) return false;
            // A title printed over several lines (长春市二道区国民经济和社会发展 / 第十四个五年规划和2035年 /
            // 远景目标纲要) is the title page's, a dash item (——产业发展成果) a list's, a caption a figure's.
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
        /// narrower than one with figures in it): it ends on a word that leads on (…重点方向，到 / 2025年，…) or on
        /// an item of one character (001 line 4761: …智慧交通、智 / 慧人社等社会民生服务应用，…), or
        /// the next line opens with the rest of a cut word before its first stop (…的关键阶 / 段，主要呈现…; …基地为核 / 心任务，…).
        /// </summary>
        private bool EndsMidSentence(string text, string next)
        {
            if (LeadsOn.Contains(text[^1])) return true;
            // A list's last item cut to one character (…智慧交通、智 / 慧人社等…): no title ends on one.
            if (text.Length > 2 && text[^2] is '、' or '，') return true;
            // Only near the width: a heading is followed by a paragraph that may open “目前，…”.
            var stop = next.AsSpan().IndexOfAny('，', '。', '、');
            return stop is >= 1 and <= 3 && _wrapWidth > 0 && text.Length * 10 >= _wrapWidth * 8;
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
        /// A label found so marks the box as one that heads its groups. So does a first label whose siblings
        /// further in the box open with its word (<see cref="SharesOpening"/>), and they are the box's too.
        /// </summary>
        private bool IsGroupLabel(string label, int index)
        {
            if (label.Contains('，')) return false;
            if (FirstInBox && SiblingLabelFollows(label, index))
            {
                _firstLabel = label;
                _boxGroups = true;
                return true;
            }
            if (!FirstInBox && _firstLabel is { } first && SharesOpening(label, first)) return true;
            if ((!FirstInBox && !_boxGroups) || !(ListFollows(index) || LabelledItemFollows(index))) return false;
            _boxGroups = true;
            return true;
        }

        /// <summary>A line of its own further in the box that labels a sibling group of <paramref name="label"/>'s (<see cref="SharesOpening"/>).</summary>
        private bool SiblingLabelFollows(string label, int index)
        {
            var read = 0;
            for (var i = index + 1; i < lines.Length && read < MaxBoxLines; i++)
            {
                if (lines[i].Role != LineRole.Content) continue;
                read++;
                var text = lines[i].Text;
                if (ColumnTitles.Match(text) is not null) return false;
                if (HeadingShapes.LooksLikeTitle(text) && !text.Contains('，') && text.AsSpan().IndexOfAny(ClauseEnds) < 0 && SharesOpening(text, label)) return true;
            }
            return false;
        }

        // How far into a box its second group's label is looked for: 004's 专栏 2 lists nine zones under its first.
        private const int MaxBoxLines = 40;

        /// <summary>
        /// Labels of one box's groups open with the same word (开放平台 / 开放通道 / 开放载体 in 001's 专栏 9, over
        /// sentences that name the projects among other words; 长吉北部现代经济产业带 / 长吉南部生态旅游产业带 in
        /// 004's 专栏 2, over labelled items): a short line so opened is the box's next group, whatever follows it.
        /// Not a verb that opens headings (加快…, 推动…): labels name things, headings say what to do.
        /// </summary>
        private static bool SharesOpening(string label, string first) =>
            label.Length <= MaxGroupLabel && !label.Equals(first, StringComparison.Ordinal)
            && label.AsSpan().CommonPrefixLength(first) >= 2 && !HeadingVerbs.Contains(first[..2]);

        private static readonly HashSet<string> HeadingVerbs =
            ["加快", "推动", "推进", "建设", "提升", "加强", "完善", "构建", "优化", "强化", "促进", "培育", "发展", "深化", "健全",
             "扩大", "打造", "实施", "全面", "积极", "坚持", "着力", "大力", "持续", "创新", "做大", "做强", "统筹", "落实", "保障"];

        // 001's and 004's group labels run to 16 characters (长吉中部绿色休闲与现代农业产业带).
        private const int MaxGroupLabel = 18;

        // The short line first under the open box's title, which may label its first group.
        private string? _firstLabel;

        /// <summary>A box opens: what the box before it said of its groups no longer holds.</summary>
        private void ForgetGroups()
        {
            _boxGroups = false;
            _firstLabel = null;
        }

        // The line being read is the first under a box's title.
        private bool FirstInBox => _paragraphs.Count > 0 && _paragraphs[^1].Kind == ParagraphKind.ColumnTitle;

        /// <summary>The lines after <paramref name="index"/> open with a sentence that only lists names: 、 and no ， before its 。 or ；.</summary>
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
                if (Structure.PlanTitles.ReadsAsTitle(joined)) return i;
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
    }
}
