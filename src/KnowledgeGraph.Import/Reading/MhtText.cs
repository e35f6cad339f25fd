using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Import.Reading;

/// <summary>
/// A web page saved as a single file (MHTML: .mht, .mhtml, and the .doc many sites serve that Word saved
/// as a “single file web page”): its HTML part, decoded from quoted-printable or base64 in the charset its
/// headers name, read as a saved web page is (<see cref="HtmlText"/>); the pictures and styles beside it
/// are not text.
/// </summary>
public static partial class MhtText
{
    [GeneratedRegex(@"boundary\s*=\s*(?:""(?<b>[^""]+)""|(?<b>[^;\s]+))", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"charset\s*=\s*(?:""(?<c>[^""]+)""|(?<c>[^;\s]+))", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();

    static MhtText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Whether <paramref name="bytes"/> begin with the MIME headers of a multipart document.</summary>
    public static bool IsMht(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 2048)]);
        var end = head.IndexOf("\n\n", StringComparison.Ordinal) is var lf and >= 0 ? lf : head.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end >= 0) head = head[..end];
        return head.Contains("MIME-Version:", StringComparison.OrdinalIgnoreCase) && head.Contains("multipart/", StringComparison.OrdinalIgnoreCase);
    }

    public static SourceDocument Read(string fileName, byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var (headers, body) = Split(text);
        var boundary = Boundary().Match(Header(headers, "Content-Type") ?? "") is { Success: true } b ? b.Groups["b"].Value
            : throw new PlanInputException(fileName, null, "a MIME document without a boundary between its parts: not a single-file web page");
        foreach (var part in body.Split("--" + boundary).Skip(1))
        {
            if (part.StartsWith("--", StringComparison.Ordinal)) break;
            var (partHeaders, content) = Split(part.TrimStart('\r', '\n'));
            var type = Header(partHeaders, "Content-Type") ?? "text/plain";
            if (!type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)) continue;
            var decoded = (Header(partHeaders, "Content-Transfer-Encoding") ?? "").Trim().ToLowerInvariant() switch
            {
                "quoted-printable" => QuotedPrintable(content),
                "base64" => Base64(fileName, content),
                _ => Encoding.Latin1.GetBytes(content),
            };
            if (Charset().Match(type) is not { Success: true } charset) return HtmlText.Read(fileName, decoded);
            Encoding encoding;
            try
            {
                encoding = Encoding.GetEncoding(charset.Groups["c"].Value);
            }
            catch (ArgumentException)
            {
                // A charset no one knows: the page's own declaration, or its bytes, tell it.
                return HtmlText.Read(fileName, decoded);
            }
            return HtmlText.Read(fileName, encoding.GetString(decoded));
        }
        throw new PlanInputException(fileName, null, "a single-file web page (MHTML) without an HTML part");
    }

    /// <summary>Headers (continuation lines unfolded) and what follows the blank line after them.</summary>
    private static (Dictionary<string, string> Headers, string Body) Split(string text)
    {
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal) is var crlf and >= 0 ? (crlf, 4) : (text.IndexOf("\n\n", StringComparison.Ordinal), 2);
        var head = end.Item1 >= 0 ? text[..end.Item1] : text;
        var body = end.Item1 >= 0 ? text[(end.Item1 + end.Item2)..] : "";
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var line in head.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length > 0 && char.IsWhiteSpace(trimmed[0]) && last is not null) headers[last] += " " + trimmed.Trim();
            else if (trimmed.IndexOf(':') is var colon and > 0) headers[last = trimmed[..colon].Trim()] = trimmed[(colon + 1)..].Trim();
        }
        return (headers, body);
    }

    private static string? Header(Dictionary<string, string> headers, string name) => headers.GetValueOrDefault(name);

    /// <summary>Quoted-printable: =XX a byte, = at a line's end a soft break.</summary>
    private static byte[] QuotedPrintable(string content)
    {
        var bytes = new List<byte>(content.Length);
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (c != '=')
            {
                bytes.Add((byte)c);
                continue;
            }
            if (i + 1 < content.Length && content[i + 1] == '\n') i += 1;
            else if (i + 2 < content.Length && content[i + 1] == '\r' && content[i + 2] == '\n') i += 2;
            else if (i + 2 < content.Length && byte.TryParse(content.AsSpan(i + 1, 2), System.Globalization.NumberStyles.HexNumber, null, out var value))
            {
                bytes.Add(value);
                i += 2;
            }
            else bytes.Add((byte)c);
        }
        return [.. bytes];
    }

    private static byte[] Base64(string fileName, string content)
    {
        try
        {
            return Convert.FromBase64String(string.Concat(content.Where(c => !char.IsWhiteSpace(c))));
        }
        catch (FormatException)
        {
            throw new PlanInputException(fileName, null, "the page part of the single-file web page is not valid base64");
        }
    }
}
