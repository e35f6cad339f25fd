using System.Text;

namespace KnowledgeGraph.Import.Normalising;

/// <summary>
/// Folds the forms that vary freely in the corpus so rules can compare text: full-width ASCII
/// to half-width, ideographic spaces to spaces, and the spaces PDF extraction scatters between
/// CJK characters and digits removed (“2025 年” → “2025年”). Only for matching: printed values
/// and quotes keep the document's own forms.
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(FoldChar(c));
        }
        return CollapseCjkSpaces(builder.ToString());
    }

    public static char FoldChar(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' or '\u00A0' or '\t' => ' ',
        _ => c,
    };

    /// <summary>Removes white space that has a CJK character (or CJK punctuation) on either side.</summary>
    public static string CollapseCjkSpaces(string text)
    {
        if (text.IndexOfAny([' ', '\u3000', '\t']) < 0) return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ' ' or '\u3000' or '\t')
            {
                var j = i;
                while (j < text.Length && text[j] is ' ' or '\u3000' or '\t') j++;
                var before = builder.Length > 0 ? builder[^1] : '\0';
                var after = j < text.Length ? text[j] : '\0';
                if (before != '\0' && after != '\0' && !IsCjk(before) && !IsCjk(after)) builder.Append(' ');
                i = j - 1;
                continue;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    public static bool IsCjk(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\u3000' and <= '\u303F'
            or >= '\uFF00' and <= '\uFFEF' or '“' or '”' or '‘' or '’' or '—' or '…' or '·';
}
