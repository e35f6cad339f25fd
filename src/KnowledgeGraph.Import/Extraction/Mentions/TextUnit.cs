using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Normalising;

namespace KnowledgeGraph.Import.Extraction.Mentions;

/// <summary>Which part of a plan a text unit comes from; entity rules treat some parts differently.</summary>
public enum TextUnitKind
{
    /// <summary>The plan's printed title (the plan itself speaks).</summary>
    PlanTitle,
    /// <summary>A paragraph before the first heading.</summary>
    Front,
    SectionHeading,
    SectionParagraph,
    /// <summary>A 专栏/表 title or body paragraph, attributed to the section that holds the box.</summary>
    ColumnText,
    Goal,
    ProjectName,
    ProjectDescription,
}

/// <summary>
/// A piece of plan text that can mention entities, with the node that would say it (a Section,
/// Goal, Project, or the Plan for its title and preamble) and a way to give any span of it the
/// provenance of the original lines. Paragraphs map spans to their exact lines; goal and project
/// texts map to the lines their record came from.
/// </summary>
public sealed class TextUnit
{
    private readonly Paragraph? _paragraph;
    private readonly int _offset;
    private readonly Provenance? _recordProvenance;
    private FoldedText? _folded;
    private (Provenance Value, int QuoteStart, int QuoteEnd)? _last;

    private TextUnit(string fromId, string fromLabel, TextUnitKind kind, string text, Paragraph? paragraph, int offset, Provenance? recordProvenance)
    {
        FromId = fromId;
        FromLabel = fromLabel;
        Kind = kind;
        Text = text;
        _paragraph = paragraph;
        _offset = offset;
        _recordProvenance = recordProvenance;
    }

    public string FromId { get; }
    public string FromLabel { get; }
    public TextUnitKind Kind { get; }
    public string Text { get; }
    public Paragraph? Paragraph => _paragraph;

    /// <summary>The folded form, built once and shared by every family that reads this unit.</summary>
    public FoldedText Folded => _folded ??= FoldedText.Of(Text);

    public static TextUnit FromParagraph(string fromId, string fromLabel, TextUnitKind kind, Paragraph paragraph) =>
        new(fromId, fromLabel, kind, paragraph.Text, paragraph, 0, null);

    /// <summary>
    /// A goal's or project's text. When the plan prints it as part of a paragraph (<paramref name="within"/>
    /// at <paramref name="offset"/>), spans map to that paragraph's exact lines; otherwise to the record's lines.
    /// </summary>
    public static TextUnit FromRecord(string fromId, string fromLabel, TextUnitKind kind, string text, Provenance provenance, Paragraph? within = null, int offset = 0) =>
        new(fromId, fromLabel, kind, text, within, offset, provenance);

    /// <summary>Provenance of a span of the folded text: the lines it stands on, quoting its sentence.</summary>
    public Provenance ProvenanceOf(int foldedStart, int foldedLength)
    {
        var (start, length) = Folded.ToOriginal(foldedStart, foldedLength);
        var (text, file, lineStart, lineEnd) = _paragraph is not null
            ? Lines(_paragraph, _offset + start, length)
            : (Text, _recordProvenance!.File, _recordProvenance.LineStart, _recordProvenance.LineEnd);
        var at = _paragraph is not null ? _offset + start : start;
        var (quoteStart, quoteEnd) = SentenceBounds(text, at, length);
        // Names in one sentence share its provenance: a paragraph that names five places quotes
        // the same sentence five times, and one value saves the copies and their collection.
        if (_last is { } last && last.QuoteStart == quoteStart && last.QuoteEnd == quoteEnd
            && last.Value.LineStart == lineStart && last.Value.LineEnd == lineEnd)
        {
            return last.Value;
        }
        var provenance = KnowledgeGraph.Graph.Provenance.Create(file, lineStart, lineEnd, text, quoteStart, quoteEnd - quoteStart);
        _last = (provenance, quoteStart, quoteEnd);
        return provenance;
    }

    private static (string Text, string File, int LineStart, int LineEnd) Lines(Paragraph paragraph, int start, int length)
    {
        var (lineStart, lineEnd) = paragraph.Lines(start, length);
        return (paragraph.Text, paragraph.File, lineStart, lineEnd);
    }

    /// <summary>The whole unit's provenance: the record's own for a goal or project, else the paragraph's.</summary>
    public Provenance Provenance() => _recordProvenance ?? _paragraph!.Provenance();

    /// <summary>
    /// Where the sentence around a span starts and ends, cut to the quote limit in a window that always keeps the span
    /// itself (a long sentence in a list of projects would otherwise quote text far from the name).
    /// </summary>
    private static (int Start, int End) SentenceBounds(string text, int start, int length)
    {
        var end = start + length;
        // The sentence runs from just after the last stop before the span to the first stop at or
        // after its first character (both found by vectorised search: paragraphs run long).
        var s = text.AsSpan(0, start).LastIndexOfAny(Paragraph.SentenceStops) + 1;
        var e = Math.Max(end, start + 1);
        if (e < text.Length)
        {
            var stop = text.AsSpan(e - 1, text.Length - e).IndexOfAny(Paragraph.SentenceStops);
            e = stop < 0 ? text.Length : e + stop;
        }
        e = Math.Min(e, text.Length);
        const int max = KnowledgeGraph.Graph.Provenance.MaxQuoteLength;
        if (e - s > max)
        {
            // From the sentence's start when the span ends within the limit, else from as far back
            // as still holds the whole span (and at least 40 characters before it when it fits).
            s = Math.Max(s, Math.Min(start - 40, end - max));
            s = Math.Max(s, 0);
            e = Math.Min(e, s + max);
        }
        return (s, e);
    }
}
