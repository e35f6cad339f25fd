using System.Text.RegularExpressions;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Import.Normalising;
using KnowledgeGraph.Import.Reading;

namespace KnowledgeGraph.Import.Structure;

/// <summary>
/// Describes a plan from its own text when the manifest has no entry for it: the title page (or
/// the opening sentence that names the plan), the period and vision year its title or opening
/// states, and the area it covers. What the text does not print is derived and listed as inferred.
/// </summary>
internal static partial class MetadataInference
{
    [GeneratedRegex(@"^(.{4,60}?(?:纲要|规划))[，,。]")]
    private static partial Regex TitleInOpening();

    [GeneratedRegex(@"^([\p{IsCJKUnifiedIdeographs}]{2,10}?(?:区|县|市|省))")]
    private static partial Regex LeadingArea();

    /// <summary>
    /// “长春新区“十四五”发展规划”: a title naming no field, only its area before the period and nothing
    /// but 发展规划 after it, is the area's whole plan (“长春市现代物流业发展“十四五”规划” is a field's).
    /// </summary>
    [GeneratedRegex(@"^(?<area>\p{IsCJKUnifiedIdeographs}{2,20}?)[“""]?十[一二三四五六七八九]五[”""]?(?:时期)?(?:经济社会|国民经济)?(?:发展)?规划(?:纲要)?$")]
    private static partial Regex AreaWidePlan();

    private static bool IsAreaWidePlan(string title, string region) =>
        AreaWidePlan().Match(title) is { Success: true } m && m.Groups["area"].Value.EndsWith(region, StringComparison.Ordinal);

    /// <summary>“…纲要（草案）”: a draft's status after its title, which names the same plan as the final text.</summary>
    [GeneratedRegex(@"[（(](?:草案|征求意见稿|送审稿|审议稿|修订稿|报批稿|公示稿|讨论稿)[）)]$")]
    private static partial Regex DraftStatus();

    private static string WithoutStatus(string title) => DraftStatus().Replace(title, "");

    /// <summary>An area's government (or its office) names the area before it; a department's name does not say which area's it is.</summary>
    [GeneratedRegex(@"(人民政府(?:办公厅|办公室)?|管理委员会|管委会)$")]
    private static partial Regex GovernmentName();

    /// <summary>The paragraphs of a title page (before the first heading) that print the plan's title.</summary>
    public static IReadOnlyList<Paragraph> TitleParagraphs(IReadOnlyList<Paragraph> front)
    {
        for (var start = 0; start < front.Count; start++)
        {
            var joined = "";
            for (var count = 1; count <= 4 && start + count <= front.Count; count++)
            {
                // An issuer, a date or a bracketed note (（此件公开发布）) printed over the title is not part of it.
                if (IsTitlePageNote(front[start + count - 1].Text)) break;
                joined += Compact(front[start + count - 1].Text);
                if (joined.Length > 80 || joined.Contains('。')) break;
                if (PlanTitles.ReadsAsTitle(WithoutStatus(joined)))
                {
                    return front.Skip(start).Take(count).ToList();
                }
            }
        }
        return [];
    }

    /// <summary>
    /// The paragraphs that print the plan's title: on its title page, or, in a copy of its web page
    /// that prints none, the line of the page's information table that names it.
    /// </summary>
    public static IReadOnlyList<Paragraph> TitleSource(NormalisedDocument document, IReadOnlyList<Paragraph> front)
    {
        var printed = TitleParagraphs(front);
        if (printed.Count > 0 || PageTitle(document) is not { } listed) return printed;
        return [Paragraph.FromLine(document.FileName, document.Line(listed.Line), ParagraphKind.Prose)];
    }

    private static (string Value, int Line)? PageTitle(NormalisedDocument document) =>
        document.Page.Find("标题", "名称") is { } listed && PlanTitles.ReadsAsTitle(WithoutStatus(Compact(listed.Value))) ? listed : null;

    private static bool IsTitlePageNote(string text)
    {
        var compact = Compact(text);
        return IssuerIn(text) is not null || PlanTitles.IssuedOn(text) is not null || compact.StartsWith('（') || compact.StartsWith('(');
    }

    /// <summary>
    /// The issuer a title page's line prints: the line itself, or the government of a joint line
    /// (“中共长春市九台区委 长春市九台区人民政府”, the party committee beside it not the plan's issuer).
    /// </summary>
    private static string? IssuerIn(string text)
    {
        var compact = Compact(text);
        if (PlanTitles.IsIssuer(compact)) return compact;
        if (compact.Length > 40) return null;
        var parts = text.Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !parts.All(p => PlanTitles.IsIssuer(p) || (p.StartsWith("中共", StringComparison.Ordinal) && (p.EndsWith('委') || p.EndsWith("委员会", StringComparison.Ordinal))))) return null;
        return parts.FirstOrDefault(PlanTitles.IsIssuer);
    }

    /// <summary>The body a web page's information table names as the plan's issuer or publisher.</summary>
    private static string? PageIssuer(PageFields page) =>
        page.First("发文机关", "发文单位", "发布机构", "发布单位", "公开单位", "所属机构") is { Length: <= 30 } organ ? Compact(organ) : null;

    /// <summary>The day a web page says the plan was written or issued, before the day it was put online.</summary>
    private static string? PageDate(PageFields page)
    {
        // 发布时间, the minute a page went online, is not a day of the plan's.
        foreach (var label in (ReadOnlySpan<string>)["成文日期", "发文日期", "印发日期", "生成日期", "发布日期", "公开日期"])
        {
            if (page.First(label) is { } value && PlanTitles.DateOf(value) is { } date) return date;
        }
        return null;
    }

    /// <summary>A file's name when it reads as a plan's title: an area, and 规划 or 纲要 at its end.</summary>
    private static string? FileNameTitle(string fileName) => TitleOfName(Path.GetFileNameWithoutExtension(fileName));

    private static string? TitleOfName(string? name)
    {
        if (name is null) return null;
        var stem = WithoutStatus(Compact(name));
        return (stem.EndsWith("规划", StringComparison.Ordinal) || stem.EndsWith("纲要", StringComparison.Ordinal)) && PlanTitles.RegionOf(stem) is not null
            ? stem : null;
    }

    public static PlanMetadata ForFile(NormalisedDocument document, IReadOnlyList<Paragraph> front, bool collection)
    {
        var inferred = new List<string>();
        var titleParagraphs = TitleParagraphs(front);
        var title = titleParagraphs.Count > 0 ? WithoutStatus(string.Concat(titleParagraphs.Select(p => Compact(p.Text)))) : null;
        if (title is null && front.Count > 0 && TitleInOpening().Match(Compact(front[0].Text)) is { Success: true } opening)
        {
            title = opening.Groups[1].Value;
        }

        // A plan copied from its web page: the page's information table names it when the copy
        // left out the title over the text.
        if (title is null && PageTitle(document) is { } listed) title = WithoutStatus(Compact(listed.Value));

        // A text that prints no title (绿园区's) may be named by its Word document's properties, or by its file:
        // “二道区“十四五”规划.txt”. Either only where it reads as a plan's title (a template's 文档1 or 关于印发…的通知 does not).
        if (title is null && (TitleOfName(document.Source.StoredTitle) ?? FileNameTitle(document.FileName)) is { } named)
        {
            title = named;
            inferred.Add("title");
        }

        var issuer = front.Select(p => IssuerIn(p.Text)).FirstOrDefault(i => i is not null)
            ?? PageIssuer(document.Page);
        var issuedOn = front.Select(p => PlanTitles.IssuedOn(p.Text)).FirstOrDefault(d => d is not null)
            ?? PageDate(document.Page);
        var openingText = string.Join("", document.Paragraphs.Take(40).Select(p => p.Text));

        var region = title is null ? null : PlanTitles.RegionOf(title);
        region ??= issuer is null || !GovernmentName().IsMatch(issuer) ? null : PlanTitles.Narrowest(GovernmentName().Replace(issuer, ""));
        if (region is null && document.Paragraphs.Count > 0 && LeadingArea().Match(document.Paragraphs[0].Text) is { Success: true } area)
        {
            region = area.Groups[1].Value;
            inferred.Add("region");
        }
        if (region is null) throw new PlanInputException(document.FileName, null, "cannot tell which area the plan covers: add an entry for it to import/manifest.json");

        // A compilation's opening is its plans' contents: the five-year plan they name most is
        // theirs, not a period the compilation states (its plans' span is given it afterwards).
        var period = (title is null ? null : PlanTitles.Period(title)) ?? (collection ? null : PlanTitles.DominantFiveYearPeriod(openingText));
        if (title is null)
        {
            var number = period is { } p ? (p.Start - 1966) / 5 + 3 : (int?)null;
            if (number is null) throw new PlanInputException(document.FileName, null, "no plan title found: add an entry for the file to import/manifest.json");
            title = $"{region}国民经济和社会发展第{ToChinese(number.Value)}个五年规划{(CallsItselfOutline(document) ? "纲要" : "")}";
            inferred.Add("title");
        }
        var vision = PlanTitles.VisionYear(title) ?? PlanTitles.VisionYear(string.Join("", document.Paragraphs.Take(300).Where(p => p.Kind == ParagraphKind.Heading).Select(p => p.Text)));
        if (vision is null && !collection) vision = StatedVision(document, period?.End);
        if (issuer is null)
        {
            issuer = region + (PlanTitles.LevelOf(region) == PlanLevels.Zone ? "管理委员会" : "人民政府");
            inferred.Add("issuer");
        }
        // A five-year plan proper is the area's 国民经济和社会发展 plan (a zone's may be its “十四五”发展规划);
        // a plan of one field for the same period is a special plan.
        var kind = collection ? PlanKinds.Collection
            : title.Contains("专项规划", StringComparison.Ordinal) ? PlanKinds.Special
            : title.Contains("国民经济和社会发展", StringComparison.Ordinal) || IsAreaWidePlan(title, region) ? PlanKinds.FiveYear
            : PlanKinds.Special;
        return new PlanMetadata(title, PlanTitles.LevelOf(region), kind, region, period?.Start, period?.End, vision, issuer, issuedOn, inferred);
    }

    /// <summary>
    /// “确保规划纲要目标顺利实现”, “《纲要》提出的…”: a plan that prints no title but calls itself its
    /// 纲要 is one, as the five-year plans of an area are (绿园区's). A 纲要 another body issues is
    /// named with its issuer (省市规划纲要) or between title marks, and does not count.
    /// </summary>
    private static bool CallsItselfOutline(NormalisedDocument document)
    {
        foreach (var paragraph in document.Paragraphs)
        {
            var text = paragraph.Text;
            for (var at = text.IndexOf("纲要", StringComparison.Ordinal); at >= 0; at = text.IndexOf("纲要", at + 2, StringComparison.Ordinal))
            {
                if (at > 0 && text[at - 1] == '《' && at + 2 < text.Length && text[at + 2] == '》') return true;
                if (at > 0 && text[at - 1] == '本') return true;
                if (at < 2 || text[at - 2] != '规' || text[at - 1] != '划') continue;
                if (at >= 3 && text[at - 3] == '本') return true;
                var open = text.LastIndexOf('《', at);
                if (open >= 0 && text.LastIndexOf('》', at) < open) continue;
                if (at >= 3 && "国省市区县州级家".Contains(text[at - 3])) continue;
                return true;
            }
        }
        return false;
    }

    /// <summary>The vision year the plan's running text looks to beyond its period (a heading names none).</summary>
    private static int? StatedVision(NormalisedDocument document, int? periodEnd) =>
        document.Paragraphs.Take(300)
            .Where(p => p.Kind != ParagraphKind.Heading)
            .Select(p => PlanTitles.StatedVisionYear(p.Text))
            .FirstOrDefault(year => year is not null && (periodEnd is null || year > periodEnd));

    public static PlanMetadata ForSubPlan(PlanSegment segment, PlanMetadata collection)
    {
        var block = string.Concat(segment.TitleParagraphs.Select(p => Compact(p.Text)));
        var title = segment.ListedTitle ?? Regex.Replace(block, @"^.*专项规划之[一二三四五六七八九十]+", "");
        title = Regex.Replace(title, @"[（(]\d{4}.*$", "");
        var period = PlanTitles.Period(block);
        var vision = PlanTitles.VisionYear(string.Join("", segment.Body.Take(20).Select(p => p.Text)));
        if (vision is not null && period is { } p && vision <= p.End) vision = null;
        return new PlanMetadata(title, collection.Level, PlanKinds.Special, collection.Region, period?.Start, period?.End,
            vision, collection.Issuer, collection.IssuedOn, [])
        {
            SequenceNumber = segment.Sequence,
        };
    }

    private static string Compact(string text) => TextFolding.CollapseCjkSpaces(text.Trim());

    private static string ToChinese(int n)
    {
        string[] digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
        return n < 10 ? digits[n] : (n / 10 == 1 ? "十" : digits[n / 10] + "十") + digits[n % 10];
    }
}
