namespace KnowledgeGraph.Graph;

/// <summary>
/// Compares properties by what they hold: the same keys with the same values of the same type
/// (doubles by their bits, so that 0 and −0, which print differently, stay apart). Many
/// relationships carry the same few properties (a basis and a confidence); with this comparer a
/// graph keeps one instance of each.
/// </summary>
public sealed class PropsContentComparer : IEqualityComparer<Props>
{
    public static readonly PropsContentComparer Instance = new();

    private PropsContentComparer()
    {
    }

    public bool Equals(Props? x, Props? y)
    {
        if (ReferenceEquals(x, y)) return true;
        if (x is null || y is null || x.Count != y.Count) return false;
        var left = x.GetEnumerator();
        var right = y.GetEnumerator();
        while (left.MoveNext() && right.MoveNext())
        {
            if (!string.Equals(left.Current.Key, right.Current.Key, StringComparison.Ordinal)
                || !SameValue(left.Current.Value, right.Current.Value)) return false;
        }
        return true;
    }

    public int GetHashCode(Props props)
    {
        var hash = new HashCode();
        foreach (var (key, value) in props)
        {
            hash.Add(key, StringComparer.Ordinal);
            hash.Add(value is double d ? BitConverter.DoubleToInt64Bits(d) : value.GetHashCode());
        }
        return hash.ToHashCode();
    }

    private static bool SameValue(object a, object b) => (a, b) switch
    {
        (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
        (long x, long y) => x == y,
        (double x, double y) => BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y),
        (bool x, bool y) => x == y,
        _ => false,
    };
}
