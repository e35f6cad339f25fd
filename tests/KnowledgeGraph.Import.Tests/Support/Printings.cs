using System.Text.RegularExpressions;

namespace KnowledgeGraph.Import.Tests.Support;

/// <summary>Ways other tools print a plan's text, applied to a bundled plan's.</summary>
public static class Printings
{
    /// <summary>
    /// Each contents entry's page number on the line under it (第一章 规划背景⇥(4) as 第一章 规划背景 / (4)), as a PDF
    /// extraction may print contents: in the first 200 lines, where the bundled plans print theirs.
    /// </summary>
    public static string PageNumbersBelow(string text) =>
        string.Join('\n', text.Split('\n').Select((l, i) => i < 200 ? Regex.Replace(l, @"(?<=\S)\t(\(?\d+\)?)$", "\n$1") : l));
}
