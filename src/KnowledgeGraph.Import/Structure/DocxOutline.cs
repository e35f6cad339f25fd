using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Structure;

/// <summary>
/// Levels for headings that carry no number (DOCX extractions mark headings only with bookmarks).
/// Three levels are inferred, as in the plans' 篇/章/节:
/// a part has a two-clause title (“筑牢…，着力…”) or follows a heading line whose text was lost
/// (the lost line is the part's number), unless such titles follow one another over running text
/// alone (<see cref="DemoteTitleRuns"/>); a heading directly followed by another heading, or
/// carrying at least as many bookmarks as the chapter it would close, opens a chapter, and so does
/// a heading without bookmarks whose text is a short opening before a longer section (<see cref="OpensHeading"/>),
/// which is a part where it so opens a chapter (<see cref="PromoteOpeners"/>); any other
/// heading is a section of the current chapter. A section heading whose line starts with a space
/// right after running text follows a chapter heading whose line was lost (see <see cref="LostChapters"/>).
/// Where the contents list the headings without numbers too, they give the levels instead (<see cref="RankByContents"/>),
/// and where a Word document or web page gives its headings outline levels, those do (<see cref="RankByOutline"/>).
/// </summary>
internal static class DocxOutline
{
    public const int PartRank = 1;
    public const int ChapterRank = 2;
    public const int SectionRank = 3;

    /// <summary>Ranks for the heading paragraphs at the given indexes of <paramref name="paragraphs"/>; lost-title lines get rank 0 (dropped).</summary>
    /// <param name="shapes">Each paragraph's heading shape (<see cref="HeadingShapes.OfHeadings"/>).</param>
    public static Dictionary<int, int> Rank(IReadOnlyList<Paragraph> paragraphs, HeadingShape?[] shapes)
    {
        if (RankByOutline(paragraphs, shapes) is { } outlined) return outlined;
        if (ListedInContents(paragraphs, shapes)) return RankByContents(paragraphs, shapes);
        var ranks = new Dictionary<int, int>();
        var chapterBookmarks = 0;
        var afterLostTitle = false;
        var titledParts = new List<int>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (p.Kind != ParagraphKind.Heading || shapes[i] is not null) continue;
            if (p.Text.Length == 0)
            {
                ranks[i] = 0;
                afterLostTitle = true;
                continue;
            }
            var bookmarks = p.FirstLineBookmarks;
            int rank;
            if (afterLostTitle || p.Text.Contains('，'))
            {
                rank = PartRank;
                chapterBookmarks = 0;
                if (!afterLostTitle) titledParts.Add(i);
            }
            else if (NextIsHeading(paragraphs, shapes, i) || (chapterBookmarks > 0 && bookmarks >= chapterBookmarks) || chapterBookmarks == 0
                || (bookmarks == 0 && OpensHeading(paragraphs, shapes, i)))
            {
                rank = ChapterRank;
                chapterBookmarks = Math.Max(bookmarks, 1);
            }
            else
            {
                rank = SectionRank;
            }
            ranks[i] = rank;
            afterLostTitle = false;
        }
        PromoteOpeners(paragraphs, shapes, ranks);
        DemoteTitleRuns(paragraphs, ranks, titledParts);
        return ranks;
    }

    /// <summary>
    /// Two-clause titles in a row, each over running text alone, are not parts: a part holds chapters. They
    /// are the points of the heading before them (003 printed without its numbers: 战略定位, then 两业融合，创新引领,
    /// 城市客厅，活力释放, 工业记忆，文化赋能 and 三水之滨，宜居生态, a paragraph each), which so becomes a chapter
    /// where it read as a section.
    /// </summary>
    private static void DemoteTitleRuns(IReadOnlyList<Paragraph> paragraphs, Dictionary<int, int> ranks, List<int> titledParts)
    {
        for (var k = 0; k < titledParts.Count;)
        {
            var end = k;
            while (end + 1 < titledParts.Count && NextHeading(paragraphs, titledParts[end]) == titledParts[end + 1]) end++;
            if (end > k && PreviousHeading(paragraphs, titledParts[k]) is { } owner && ranks.TryGetValue(owner, out var ownerRank) && ownerRank > 0)
            {
                for (var j = k; j <= end; j++) ranks[titledParts[j]] = SectionRank;
                if (ownerRank == SectionRank) ranks[owner] = ChapterRank;
            }
            k = end + 1;
        }
    }

    private static int? NextHeading(IReadOnlyList<Paragraph> paragraphs, int index)
    {
        for (var i = index + 1; i < paragraphs.Count; i++)
        {
            if (paragraphs[i].Kind == ParagraphKind.Heading) return i;
        }
        return null;
    }

    private static int? PreviousHeading(IReadOnlyList<Paragraph> paragraphs, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (paragraphs[i].Kind == ParagraphKind.Heading) return i;
        }
        return null;
    }

    /// <summary>
    /// A chapter whose text is at most a short opening paragraph before another chapter is a part: a plan
    /// without bookmarks, numbers or contents marks its parts so, not always with a two-clause title
    /// (001 so printed: 开启全面建设社会主义现代化长春新征程, then 发展环境, a chapter whose sections follow at once).
    /// </summary>
    private static void PromoteOpeners(IReadOnlyList<Paragraph> paragraphs, HeadingShape?[] shapes, Dictionary<int, int> ranks)
    {
        foreach (var i in ranks.Keys.Order().ToList())
        {
            if (ranks[i] != ChapterRank || paragraphs[i].FirstLineBookmarks > 0) continue;
            if (HeadingAfterOpening(paragraphs, i) is { } next && shapes[next] is null && ranks.GetValueOrDefault(next) == ChapterRank)
            {
                ranks[i] = PartRank;
            }
        }
    }

    /// <summary>
    /// Levels a Word document or web page gives its unnumbered headings (标题 1, 标题 2 …, h1–h6: <see cref="Paragraph.FirstLineOutline"/>),
    /// where it gives any: the levels it uses, from the top, are parts, chapters and sections where it uses three or
    /// more (deeper ones sections too), chapters and sections where two, chapters where one. A heading it gives
    /// no level, a section. Null for a document that gives none.
    /// </summary>
    private static Dictionary<int, int>? RankByOutline(IReadOnlyList<Paragraph> paragraphs, HeadingShape?[] shapes)
    {
        var used = new SortedSet<int>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (paragraphs[i].Kind == ParagraphKind.Heading && shapes[i] is null && paragraphs[i].FirstLineOutline > 0) used.Add(paragraphs[i].FirstLineOutline);
        }
        if (used.Count == 0) return null;
        var levels = used.ToList();
        var first = levels.Count >= 3 ? PartRank : ChapterRank;
        var ranks = new Dictionary<int, int>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (p.Kind != ParagraphKind.Heading || shapes[i] is not null) continue;
            if (p.Text.Length == 0) ranks[i] = 0;
            else ranks[i] = p.FirstLineOutline > 0 ? Math.Min(first + levels.IndexOf(p.FirstLineOutline), SectionRank) : SectionRank;
        }
        return ranks;
    }

    /// <summary>Whether some unnumbered heading is one the contents list, which lost their numbers too (<see cref="Paragraph.ContentsNumber"/> empty).</summary>
    private static bool ListedInContents(IReadOnlyList<Paragraph> paragraphs, HeadingShape?[] shapes)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (shapes[i] is null && paragraphs[i].ContentsNumber is not null) return true;
        }
        return false;
    }

    /// <summary>
    /// Levels where the contents and the body both lost their numbers, read off the contents: the contents
    /// list the plan's upper levels, not its sections (000 lists its 篇 and 章; 004's plans their 章). A listed
    /// heading that only a short opening paragraph, or nothing, separates from the next listed one is a part
    /// (000: 建设东部生态新城，全面融入新发展格局, then 打造特色雪都，建设冰雪新城); any other listed heading
    /// is a chapter; a heading the contents do not list is a section. Two-clause titles say nothing here:
    /// 000's chapters and sections carry them as often as its parts.
    /// </summary>
    private static Dictionary<int, int> RankByContents(IReadOnlyList<Paragraph> paragraphs, HeadingShape?[] shapes)
    {
        var ranks = new Dictionary<int, int>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (p.Kind != ParagraphKind.Heading || shapes[i] is not null) continue;
            if (p.Text.Length == 0) ranks[i] = 0;
            else if (p.ContentsNumber is null) ranks[i] = SectionRank;
            else ranks[i] = OpensListedHeading(paragraphs, shapes, i) ? PartRank : ChapterRank;
        }
        return ranks;
    }

    /// <summary>The next heading after <paramref name="index"/> is listed in the contents, and at most a short opening paragraph stands between them.</summary>
    private static bool OpensListedHeading(IReadOnlyList<Paragraph> paragraphs, HeadingShape?[] shapes, int index) =>
        HeadingAfterOpening(paragraphs, index) is { } next && shapes[next] is null && paragraphs[next].ContentsNumber is not null;

    /// <summary>
    /// A heading whose text is at most a short opening paragraph before an unnumbered heading whose text is
    /// more: a chapter's opening, then its first section (001 so printed: 优化都市圈发展格局, one sentence,
    /// then 构建都市圈空间布局). A section of one short sentence before a longer one reads so too: 003's
    /// sections of one sentence mostly run longer than a chapter's opening, not all of them.
    /// </summary>
    private static bool OpensHeading(IReadOnlyList<Paragraph> paragraphs, HeadingShape?[] shapes, int index) =>
        HeadingAfterOpening(paragraphs, index, MaxChapterOpening) is { } next && shapes[next] is null
        && HeadingAfterOpening(paragraphs, next) is null;

    // A chapter's opening sentence: 001's run to 110 characters; most of 003's sections of one sentence are longer.
    private const int MaxChapterOpening = 120;

    /// <summary>
    /// The index of the first heading after <paramref name="index"/> when what stands between is at most one
    /// paragraph of running text of <paramref name="maxOpening"/> characters (a stray character under a
    /// heading's line, 000 line 760's 感, is none); null when more stands between, or no heading follows.
    /// </summary>
    private static int? HeadingAfterOpening(IReadOnlyList<Paragraph> paragraphs, int index, int maxOpening = MaxOpening)
    {
        var between = 0;
        for (var i = index + 1; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (p.Kind == ParagraphKind.Heading) return i;
            if (p.Kind == ParagraphKind.Prose && p.Text.Length == 1) continue;
            if (p.Kind != ParagraphKind.Prose || ++between > 1 || p.Text.Length > maxOpening) return null;
        }
        return null;
    }

    // A part's opening paragraph: 000's run to 259 characters; its chapters of one paragraph and no sections, from 301.
    private const int MaxOpening = 280;

    private static bool NextIsHeading(IReadOnlyList<Paragraph> paragraphs, HeadingShape?[] shapes, int index) =>
        index + 1 < paragraphs.Count && paragraphs[index + 1].Kind == ParagraphKind.Heading && shapes[index + 1] is null;

    /// <summary>
    /// The section headings that a lost chapter heading precedes. In the DOCX extraction a heading
    /// line that begins with a space stands where the line before it was dropped, and a section
    /// heading straight after running text, so marked, is the first section of a chapter whose own
    /// heading was that line: 002 line 16 (指导思想 and 规划原则 after 发展基础与环境), line 304 (深化航博城核心吸引力
    /// after 构建创新驱动的产业生态) and line 422 (着力拓展投资空间, 加大产业投资力度 and 强化重大项目推进: the
    /// 精准扩大投资 its part's opening paragraph announces, after 全面优化消费环境).
    /// The space is read against the file's usual indent (<see cref="LineIndents"/>), and only where
    /// few headings carry it: where most do, it is how the file prints headings. It is read only in
    /// a file that prints each paragraph on one line, as the DOCX extraction does: where paragraphs
    /// wrap over lines (a PDF extraction), a heading line may start with a space wherever it stood
    /// on its page (001 printed without its 章/节 numbers: 16 sections had read as following lost chapters).
    /// </summary>
    public static HashSet<int> LostChapters(IReadOnlyList<Paragraph> paragraphs, Dictionary<int, int> ranks, LineIndents indents)
    {
        var lost = new HashSet<int>();
        var headings = 0;
        var spaced = 0;
        foreach (var (i, rank) in ranks)
        {
            if (rank == 0) continue;
            headings++;
            if (indents.Marked(paragraphs[i].LineStart)) spaced++;
        }
        if (spaced == 0 || spaced * 4 > headings || WrapsParagraphs(paragraphs)) return lost;
        foreach (var (i, rank) in ranks)
        {
            if (rank == SectionRank && i > 0 && paragraphs[i - 1].Kind == ParagraphKind.Prose && indents.Marked(paragraphs[i].LineStart))
            {
                lost.Add(i);
            }
        }
        return lost;
    }

    /// <summary>Whether most running-text paragraphs were joined from several lines.</summary>
    private static bool WrapsParagraphs(IReadOnlyList<Paragraph> paragraphs)
    {
        var prose = 0;
        var wrapped = 0;
        foreach (var p in paragraphs)
        {
            if (p.Kind != ParagraphKind.Prose) continue;
            prose++;
            if (p.LineEnd > p.LineStart) wrapped++;
        }
        return wrapped * 2 > prose;
    }
}
