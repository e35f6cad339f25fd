using System.Buffers.Text;
using System.Globalization;
using System.Text;
using GraphQL;

namespace KnowledgeGraph.Api.Common.Connections;

/// <summary>
/// Opaque cursors: the position of an item in its ordered list, wrapped so clients do not build
/// them by hand. A cursor is only meaningful for the same field with the same filter and order.
/// </summary>
public static class Cursor
{
    private const string Prefix = "kg1:";

    // Every page of every connection starts at the same small positions: encode those once.
    private static readonly string[] Common = Enumerable.Range(0, 1024).Select(Compute).ToArray();

    public static string Encode(int position) =>
        position >= 0 && position < Common.Length ? Common[position] : Compute(position);

    private static string Compute(int position) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(Prefix + position.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The position a cursor stands for; throws an error naming the argument when it is not one of ours.</summary>
    public static int Decode(string cursor, string argumentName = "after")
    {
        try
        {
            var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var position)
                && position < int.MaxValue)
            {
                return position;
            }
        }
        catch (FormatException)
        {
            // Reported below with the same message as any other foreign cursor.
        }
        throw new ExecutionError($"'{argumentName}' is not a cursor returned by this API: '{Truncate(cursor)}'.") { Code = "INVALID_CURSOR" };
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
