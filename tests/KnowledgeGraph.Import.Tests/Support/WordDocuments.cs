using System.IO.Compression;
using System.Security;
using System.Text;

namespace KnowledgeGraph.Import.Tests.Support;

/// <summary>
/// Word documents built for tests: the three parts a .docx needs, around a body given as WordprocessingML,
/// or made from a DOCX extraction's text (绿园区's file) by the inverse of its layout.
/// </summary>
public static class WordDocuments
{
    public const string Namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <param name="parts">Further parts (word/numbering.xml, word/styles.xml), each a root element's content in the WordprocessingML namespace.</param>
    /// <param name="title">The title the document's core properties store (docProps/core.xml), if any.</param>
    public static byte[] Package(string bodyXml, string documentPart = "word/document.xml", string? title = null, params (string Name, string Root, string Xml)[] parts)
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/PART" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                </Types>
                """.Replace("PART", documentPart, StringComparison.Ordinal));
            Add(archive, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="PART"/>
                </Relationships>
                """.Replace("PART", documentPart, StringComparison.Ordinal));
            Add(archive, documentPart, $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="{Namespace}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>{bodyXml}</w:body></w:document>
                """);
            if (title is not null)
            {
                Add(archive, "docProps/core.xml", $"""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{SecurityElement.Escape(title)}</dc:title><dc:creator>admin</dc:creator></cp:coreProperties>
                    """);
            }
            foreach (var (name, root, xml) in parts)
            {
                Add(archive, name, $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{root} xmlns:w="{Namespace}">{xml}</w:{root}>""");
            }
        }
        return memory.ToArray();
    }

    /// <summary>
    /// The document a DOCX extraction was made from: each line a paragraph, its <c>[bookmark: …]</c> markers
    /// bookmarks, its tabs tab characters; a table's lines (cells after a tab, a cell's further paragraphs on
    /// lines of their own, a blank line after each row) a table.
    /// </summary>
    public static string BodyOf(IReadOnlyList<string> lines)
    {
        var body = new StringBuilder();
        var bookmark = 0;
        for (var i = 0; i < lines.Count;)
        {
            if (!lines[i].StartsWith('\t'))
            {
                body.Append(Paragraph(lines[i], ref bookmark));
                i++;
                continue;
            }
            body.Append("<w:tbl>");
            // Rows until a line that is neither a cell, a cell's further paragraph nor a row's end.
            while (i < lines.Count && lines[i].StartsWith('\t'))
            {
                body.Append("<w:tr>");
                while (i < lines.Count && lines[i].StartsWith('\t'))
                {
                    body.Append("<w:tc>").Append(Paragraph(lines[i][1..], ref bookmark));
                    for (i++; i < lines.Count && lines[i].Length > 0 && !lines[i].StartsWith('\t'); i++) body.Append(Paragraph(lines[i], ref bookmark));
                    body.Append("</w:tc>");
                }
                body.Append("</w:tr>");
                if (i < lines.Count && lines[i].Length == 0) i++;
            }
            body.Append("</w:tbl>");
        }
        return body.ToString();
    }

    private static string Paragraph(string line, ref int bookmark)
    {
        var p = new StringBuilder("<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs></w:pPr>");
        const string marker = "[bookmark: ";
        while (line.StartsWith(marker, StringComparison.Ordinal))
        {
            var end = line.IndexOf(']', StringComparison.Ordinal);
            p.Append($"<w:bookmarkStart w:id=\"{bookmark}\" w:name=\"{SecurityElement.Escape(line[marker.Length..end])}\"/><w:bookmarkEnd w:id=\"{bookmark}\"/>");
            bookmark++;
            line = line[(end + 1)..];
        }
        var pieces = line.Split('\t');
        for (var k = 0; k < pieces.Length; k++)
        {
            if (k > 0) p.Append("<w:r><w:tab/></w:r>");
            if (pieces[k].Length > 0) p.Append($"<w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr><w:t xml:space=\"preserve\">{SecurityElement.Escape(pieces[k])}</w:t></w:r>");
        }
        return p.Append("</w:p>").ToString();
    }

    private static void Add(ZipArchive archive, string name, string text)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Fastest);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
