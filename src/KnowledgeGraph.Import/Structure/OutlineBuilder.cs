using System.Collections.Immutable;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Structure;

/// <summary>
/// Builds one plan's section tree from its paragraphs. Headings nest by the rank of their
/// numbering (篇 › 章 › 节 › 一、 › （一） › 1.), or by inferred levels where the document prints
/// no numbers. A 专栏/表 box collects what follows it until the next heading of the outline;
/// numbered lines inside a box (1.…, （一）…) are the box's items, not sections.
/// </summary>
internal sealed class OutlineBuilder
{
    private readonly string _planId;
    private readonly IReadOnlyList<Paragraph> _paragraphs;
    private readonly IReadOnlyList<TextLine> _lines;
    private readonly LineIndents _indents;
    // Each heading paragraph's shape, read once: the outline, the DOCX levels and the list items
    // all ask it, and a shape is two strings and an object each time (50 MB of each 100× import).
    private readonly HeadingShape?[] _shapes;
    private readonly Dictionary<int, int> _docxRanks;
    private readonly HashSet<int> _lostChapters;
    private readonly HashSet<int> _listItems;
    private readonly Dictionary<int, ColumnStart> _columnStarts;
    private readonly List<IContentBlock> _front = [];
    private readonly List<SectionBuilder> _roots = [];
    private readonly List<SectionBuilder> _stack = [];
    private ColumnBuilder? _column;
    private int _columnCount;

    /// <param name="lines">All cleaned lines of the file, for the boxes' original lines.</param>
    public OutlineBuilder(string planId, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<TextLine> lines)
    {
        _planId = planId;
        _paragraphs = paragraphs;
        _lines = lines;
        _shapes = HeadingShapes.OfHeadings(paragraphs);
        _docxRanks = DocxOutline.Rank(paragraphs, _shapes);
        _indents = new LineIndents(lines);
        _lostChapters = DocxOutline.LostChapters(paragraphs, _docxRanks, _indents);
        _listItems = ListItems.Find(paragraphs, _shapes);
        _columnStarts = ColumnStarts.Find(paragraphs);
    }

    public (ImmutableArray<IContentBlock> Front, IReadOnlyList<SectionNode> Sections) Build()
    {
        for (var i = 0; i < _paragraphs.Count; i++)
        {
            var paragraph = _paragraphs[i];
            if (_columnStarts.TryGetValue(i, out var start))
            {
                if (start.Number.StartsWith("附表", StringComparison.Ordinal) && !InAppendix) OpenAppendix(paragraph);
                OpenColumn(start, paragraph);
                if (start.TitleLine is not null) continue;
            }
            var heading = HeadingOf(i, paragraph);
            if (heading is not null && !(heading.Rank == 0))
            {
                if (_column is not null && !ClosesColumn(heading))
                {
                    _column.Add(paragraph);
                    continue;
                }
                var lead = _column?.TakeTrailingLead(_indents);
                var lostPart = lead is not null && OpensLostPart(heading);
                CloseColumn();
                if (lostPart) OpenSection(new HeadingLevel(lead!, new HeadingShape(HeadingMarker.Unnumbered, "", ""), DocxOutline.PartRank));
                else if (lead is not null) AddContent(lead);
                if (_lostChapters.Contains(i)) OpenSection(LostChapter(paragraph));
                OpenSection(heading);
                continue;
            }
            if (heading is { Rank: 0 }) continue;
            if (_column is not null) _column.Add(paragraph);
            else AddContent(paragraph);
        }
        CloseColumn();
        var ordinal = 0;
        return ([.. _front], _roots.Select(r => r.Build(_planId, "", ++ordinal)).ToList());
    }

    private HeadingLevel? HeadingOf(int index, Paragraph paragraph)
    {
        if (paragraph.Kind != ParagraphKind.Heading || _listItems.Contains(index)) return null;
        var shape = _shapes[index];
        if (shape is not null) return new HeadingLevel(paragraph, shape, HeadingLevel.RankOf(shape));
        if (!_docxRanks.TryGetValue(index, out var rank)) return null;
        return new HeadingLevel(paragraph, new HeadingShape(HeadingMarker.Unnumbered, "", HeadingShapes.CleanTitle(paragraph.Text)), rank);
    }

    /// <summary>
    /// A heading ends a box when it belongs to the outline: a 篇/章/节 division, an unnumbered
    /// DOCX heading, a number of a kind already open above the box (“二、” after “一、”), or any
    /// heading after a box that holds only a table's rows (a list box may head its groups “（一）…”,
    /// a table has no headings among its rows).
    /// </summary>
    private bool ClosesColumn(HeadingLevel heading) =>
        heading.IsMajor || heading.Shape.Marker == HeadingMarker.Unnumbered
        || _stack.Any(s => s.Heading.Shape.Marker == heading.Shape.Marker)
        || _column!.HoldsOnlyTableRows;

    /// <summary>
    /// A part whose heading line was lost in extraction (绿园区's parts on domestic demand and on
    /// ecology): the box that closes the open part repeats that part's title (专栏 3 促进科技创新与产业创新
    /// 深度融合建设重点项目 under 促进科技创新与产业创新深度融合，加快培育新质生产力), and running text
    /// after it opens the next part before its first chapter. The chapters that follow are not the
    /// closed part's: they stand in a part of their own, without a title, whose heading is that
    /// opening paragraph (its lines are where the part begins).
    /// </summary>
    private bool OpensLostPart(HeadingLevel heading)
    {
        if (_column?.Title is not { } boxTitle || heading.Shape.Marker != HeadingMarker.Unnumbered || heading.Rank <= DocxOutline.PartRank) return false;
        if (_stack.Count == 0 || _stack[0].Heading is not { Rank: DocxOutline.PartRank, Shape.Marker: HeadingMarker.Unnumbered } part) return false;
        var topic = BoxTopic(boxTitle);
        return topic.Length >= MinBoxTopic && part.Shape.Title.Contains(topic, StringComparison.Ordinal);
    }

    /// <summary>
    /// A chapter whose heading line was lost, opened where its first section begins: no title, and
    /// as its heading an empty paragraph at that line, so that it says nothing the section does not
    /// (its provenance is the section's heading: <see cref="SectionNode.Origin"/>).
    /// </summary>
    private static HeadingLevel LostChapter(Paragraph firstSection) =>
        new(Paragraph.FromLine(firstSection.File, new TextLine(firstSection.LineStart, "", "", LineRole.Content), ParagraphKind.Prose),
            new HeadingShape(HeadingMarker.Unnumbered, "", ""), DocxOutline.ChapterRank);

    // Shorter topics (人才, 旅游) recur in titles of parts they do not close.
    private const int MinBoxTopic = 6;

    /// <summary>What a box of projects is about: its title without “(建设)重点项目/工程”.</summary>
    private static string BoxTopic(string title)
    {
        var topic = title.Trim();
        foreach (var suffix in (ReadOnlySpan<string>)["重点项目", "重点工程", "建设"])
        {
            if (topic.EndsWith(suffix, StringComparison.Ordinal)) topic = topic[..^suffix.Length];
        }
        return topic;
    }

    private void OpenSection(HeadingLevel heading)
    {
        while (_stack.Count > 0 && Closes(heading, _stack[^1].Heading)) _stack.RemoveAt(_stack.Count - 1);
        var section = new SectionBuilder(heading);
        if (_stack.Count == 0) _roots.Add(section);
        else _stack[^1].Children.Add(section);
        _stack.Add(section);
    }

    /// <summary>
    /// An open heading is closed by one of the same or a wider rank. A named division (前言,
    /// 名词解释) stands at the top level: it closes everything open, and any numbered division
    /// closes it, since it only ever holds 一、-style subheadings.
    /// </summary>
    private static bool Closes(HeadingLevel incoming, HeadingLevel open) =>
        incoming.Shape.Marker == HeadingMarker.Named || open.Rank >= incoming.Rank
        || (open.Shape.Marker == HeadingMarker.Named && incoming.IsMajor);

    /// <summary>Whether the division open at the top is the plan's appendix (附表, 附件, 附录).</summary>
    private bool InAppendix => _stack.Count > 0 && _stack[0].Heading.Shape is { Marker: HeadingMarker.Named } shape && HeadingShapes.IsAppendixTitle(shape.Title);

    /// <summary>
    /// 附表1 …, 附表2 … after the last chapter, with no 附表 heading over them: they stand in a
    /// division of their own, 附表, as the heading would have put them, not in the last chapter. Its
    /// heading is an empty paragraph at the first table's line, so it says nothing the table does not.
    /// </summary>
    private void OpenAppendix(Paragraph firstTable)
    {
        CloseColumn();
        var heading = Paragraph.FromLine(firstTable.File, new TextLine(firstTable.LineStart, "", "", LineRole.Content), ParagraphKind.Heading);
        OpenSection(new HeadingLevel(heading, new HeadingShape(HeadingMarker.Named, "", "附表"), HeadingLevel.RankOf(HeadingMarker.Named)));
    }

    private void OpenColumn(ColumnStart start, Paragraph paragraph)
    {
        var title = start.TitleLine is null ? null : ColumnTitles.Of(paragraph.Text).Title;
        CloseColumn(title);
        _columnCount++;
        _column = new ColumnBuilder(
            NodeIds.For(Labels.Column, _planId, _columnCount.ToString(System.Globalization.CultureInfo.InvariantCulture), start.Number),
            start.Number, string.IsNullOrEmpty(title) ? null : title, start.TitleLine, OpenContent);
    }

    /// <param name="nextTitle">The title of the box that ends this one, if a box does.</param>
    private void CloseColumn(string? nextTitle = null)
    {
        if (_column is null) return;
        var column = _column;
        _column = null;
        if (column.IsEmpty) return;
        var sectionText = column.TakeSectionText(nextTitle);
        AddContent(column.Build(_planId, _lines));
        foreach (var paragraph in sectionText) AddContent(paragraph);
    }

    private List<IContentBlock> OpenContent => _stack.Count == 0 ? _front : _stack[^1].Content;

    private void AddContent(IContentBlock block) => OpenContent.Add(block);

    private sealed class SectionBuilder(HeadingLevel heading)
    {
        public HeadingLevel Heading { get; } = heading;
        public List<IContentBlock> Content { get; } = [];
        public List<SectionBuilder> Children { get; } = [];

        public SectionNode Build(string planId, string parentPath, int ordinal)
        {
            var path = parentPath.Length == 0 ? ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{parentPath}.{ordinal}";
            var depth = path.Count(c => c == '.') + 1;
            var id = NodeIds.For(Labels.Section, planId, path, Heading.Shape.Title);
            var childOrdinal = 0;
            // Arrays, not the lists they were collected in: a section lives until the link, and at
            // 100× the two lists of each of 113,000 sections were 230,000 objects more to collect.
            SectionNode[] children = Children.Count == 0 ? [] : [.. Children.Select(c => c.Build(planId, path, ++childOrdinal))];
            ImmutableArray<IContentBlock> content = [.. Content];
            return new SectionNode(id, planId, Heading.Shape.Number, Heading.Shape.Title, depth, ordinal,
                Heading.Paragraph, content, children);
        }
    }

    /// <param name="section">
    /// The content of the section the box is printed in, so far: nothing is added to it while the
    /// box is open, so it is the text before the box when the box closes.
    /// </param>
    private sealed class ColumnBuilder(string id, string number, string? title, Paragraph? titleLine, IReadOnlyList<IContentBlock> section)
    {
        // The trailing section text is looked for among the last few paragraphs only.
        private const int TailWindow = 3;

        // Shorter lines after a table's rows are its notes and captions.
        private const int MinRunningText = 40;

        private readonly List<Paragraph> _body = [];

        public bool IsEmpty => titleLine is null && _body.Count == 0;

        public bool HoldsOnlyTableRows => _body.Count > 0 && _body.TrueForAll(p => p.Kind == ParagraphKind.TableLine);

        public string? Title => title;

        public void Add(Paragraph paragraph) => _body.Add(paragraph);

        /// <summary>
        /// The box's last paragraph when it is the section's text again rather than the box's: in
        /// DOCX extractions a chapter's indented lead-in (“ 依托绿园区生态本底，统筹保护与发展，…”)
        /// can stand between a box and the next heading, and its first line alone starts further in
        /// than the file's running text (<see cref="LineIndents"/>). Taken out of the box, it stays where it was printed, after the box.
        /// </summary>
        public Paragraph? TakeTrailingLead(LineIndents indents)
        {
            if (_body.Count < 2) return null;
            var last = _body[^1];
            if (last.Kind != ParagraphKind.Prose || last.Text.Length < 60 || !last.Text.Contains('。')) return null;
            if (!indents.Marked(last.LineStart) || indents.Marked(_body[^2].LineStart)) return null;
            _body.RemoveAt(_body.Count - 1);
            return last;
        }

        /// <summary>
        /// The paragraphs at the box's end that are the section's text again (a PDF extraction
        /// prints no end to a box): the lead-in of the next box, whose topic names that box
        /// (“提升机场服务能级。…” before 专栏 4 机场项目) and the paragraphs before it of the same
        /// topic form; or a run in the form of the section text before this box (做实森林旅游产品,
        /// 做美滨水旅游产品 after 做响红色旅游产品 and its box of 品牌). An item that repeats a topic
        /// of the section is the box's (“提升城市交通设施水平。建设…5号线…” under the same words in
        /// the section). A section that opens its runs with a dash (——长春创新发展核心区产业布局。…)
        /// goes on with the next one after a box of other items (——内廊协同区产业布局。…). A box
        /// that is a bare list of names ends where running text begins (合力提升区域金融服务支撑水平。发挥…，…).
        /// A section that names its parts in a quoted list (“一区、双极、三带、四节点、若干功能区”) and
        /// takes them up one by one goes on with the next part after a box (四节点。…).
        /// The box keeps its first paragraph.
        /// </summary>
        public IReadOnlyList<Paragraph> TakeSectionText(string? nextTitle)
        {
            var from = _body.Count;
            if (from < 2) return [];
            var sectionText = section.OfType<Paragraph>().Where(p => p.Kind == ParagraphKind.Prose);
            if (!RunInTopics.IsDashed(_body[0].Text) && sectionText.Any(p => RunInTopics.IsDashed(p.Text)))
            {
                var dashed = _body.FindIndex(1, p => p.Kind == ParagraphKind.Prose && RunInTopics.IsDashed(p.Text));
                if (dashed > 0) return Take(dashed);
            }
            if (RunInTopics.IsNameList(_body[0]))
            {
                var running = _body.FindIndex(1, RunInTopics.IsRunningText);
                if (running > 0) return Take(running);
            }
            var sectionTopics = sectionText.Select(p => RunInTopics.Of(p.Text)).OfType<string>().ToHashSet();
            if (RunInTopics.EnumeratedParts(sectionText, sectionTopics) is { Count: > 0 } parts)
            {
                var part = _body.FindIndex(1, p => IsText(p) && RunInTopics.Of(p.Text) is { } t && parts.Contains(t));
                if (part > 0) return Take(part);
            }
            // The form of the section's text just before the box, unless another box stands between.
            var shape = section.Count > 0 && section[^1] is Paragraph { Kind: ParagraphKind.Prose } lead ? RunInTopics.Shape(lead.Text) : null;
            if (nextTitle is not null)
            {
                for (var j = _body.Count - 1; j >= Math.Max(1, _body.Count - TailWindow); j--)
                {
                    if (!IsText(_body[j])) break;
                    if (RunInTopics.Of(_body[j].Text) is { } topic && RunInTopics.Names(topic, nextTitle) && !sectionTopics.Contains(topic))
                    {
                        (from, shape) = (j, RunInTopics.Shape(_body[j].Text));
                        break;
                    }
                }
            }
            while (shape is not null && from > 1 && IsText(_body[from - 1])
                   && RunInTopics.Of(_body[from - 1].Text) is { } topic && !sectionTopics.Contains(topic)
                   && RunInTopics.Shape(_body[from - 1].Text) == shape)
            {
                from--;
            }
            return Take(Math.Min(from, Math.Min(ProseAfterRows(), ProseAfterItems())));
        }

        /// <summary>
        /// In a box of numbered items, running text right after the last item, when that item closed
        /// its sentence (“2.龙嘉机场临空经济区物流中心项目。” then “重点推进…等项目，落实…，对接…。”):
        /// a PDF extraction prints no end to a box, and an item's own description follows its title on
        /// the same line (29. 长白山和平旅游度假区项目。主要建设…) or after a title left open. In a
        /// box whose items all leave their sentence open, the last item is whole when each item before
        /// it stood on one line and none was longer: a wrapped last item would fill its line.
        /// </summary>
        private int ProseAfterItems()
        {
            var last = _body.FindLastIndex(IsNumberedItem);
            if (last < 1 || last + 1 == _body.Count || _body.Count(IsNumberedItem) < 2) return _body.Count;
            if (!_body[last].Text.EndsWith('。') && !OneLineItemsLeftOpen(last)) return _body.Count;
            var next = _body[last + 1];
            return next.Kind == ParagraphKind.Prose && next.Text.EndsWith('。') && next.Text.AsSpan().Count('，') >= 2 ? last + 1 : _body.Count;
        }

        private bool OneLineItemsLeftOpen(int last)
        {
            var first = _body.FindIndex(IsNumberedItem);
            var longest = 0;
            for (var i = first; i < last; i++)
            {
                var item = _body[i];
                if (!IsNumberedItem(item) || !IsNumberedItem(_body[i + 1]) || item.LineStart != item.LineEnd || item.Text[^1] is '。' or '；' or ';') return false;
                longest = Math.Max(longest, item.Text.Length);
            }
            var lastItem = _body[last];
            return lastItem.LineStart == lastItem.LineEnd && lastItem.Text[^1] is not ('，' or '、' or '；' or '：') && lastItem.Text.Length <= longest;
        }

        private static bool IsNumberedItem(Paragraph p)
        {
            var text = p.Text;
            var digits = 0;
            while (digits < text.Length && digits < 3 && char.IsAsciiDigit(text[digits])) digits++;
            return digits is > 0 and < 3 && digits < text.Length && text[digits] is '.' or '．' or '、';
        }

        /// <summary>
        /// In a 表, the first paragraph of running text after the table's last row (利用太阳能资源数据库
        /// 模拟资料对…进行光资源分析，…): a table ends with its rows and their notes (注：…).
        /// </summary>
        private int ProseAfterRows()
        {
            if (!number.StartsWith('表')) return _body.Count;
            var lastRow = _body.FindLastIndex(p => p.Kind == ParagraphKind.TableLine && p.Text.Contains('\t'));
            if (lastRow < 0) return _body.Count;
            var prose = _body.FindIndex(lastRow + 1, p => p.Kind == ParagraphKind.Prose && p.Text.Length >= MinRunningText
                && p.Text.Contains('，') && !p.Text.StartsWith("注", StringComparison.Ordinal));
            return prose < 0 ? _body.Count : prose;
        }

        /// <summary>Running text: a table box's lines after its rows are text the extraction kept line by line, but have no cells.</summary>
        private static bool IsText(Paragraph paragraph) =>
            paragraph.Kind == ParagraphKind.Prose || (paragraph.Kind == ParagraphKind.TableLine && !paragraph.Text.Contains('\t'));

        private List<Paragraph> Take(int from)
        {
            if (from == _body.Count) return [];
            var taken = _body[from..];
            _body.RemoveRange(from, _body.Count - from);
            return taken;
        }

        public ColumnBlock Build(string planId, IReadOnlyList<TextLine> lines)
        {
            var first = titleLine?.LineStart ?? _body[0].LineStart;
            var last = _body.Count > 0 ? _body[^1].LineEnd : titleLine!.LineEnd;
            var span = new TextLine[last - first + 1];
            for (var n = first; n <= last; n++) span[n - first] = lines[n - 1];
            return new ColumnBlock(id, planId, number, title, titleLine, _body, span);
        }
    }
}
