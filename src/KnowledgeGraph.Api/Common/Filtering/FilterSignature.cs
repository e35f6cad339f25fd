using System.Globalization;
using System.Text;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Common.Filtering;

/// <summary>
/// A canonical text for a filter and a sort, so that loads asking for the same filter on different
/// plans can share one store query (filter records hold lists, which compare by reference).
/// </summary>
public static class FilterSignature
{
    public static string Of(NodeFilter? filter, IReadOnlyList<NodeOrder>? orderBy)
    {
        var builder = new StringBuilder();
        Append(builder, filter);
        builder.Append('|');
        foreach (var order in orderBy ?? [])
        {
            builder.Append(order.Property).Append(order.Descending ? " desc," : " asc,");
        }
        return builder.ToString();
    }

    private static void Append(StringBuilder b, NodeFilter? filter)
    {
        switch (filter)
        {
            case null: b.Append('*'); break;
            case NodeFilter.And and: AppendAll(b, "and", and.Filters); break;
            case NodeFilter.Or or: AppendAll(b, "or", or.Filters); break;
            case NodeFilter.Not not: b.Append("not("); Append(b, not.Filter); b.Append(')'); break;
            case NodeFilter.IdIn ids: b.Append("id["); AppendValues(b, ids.Ids); b.Append(']'); break;
            case NodeFilter.PropertyEquals eq: b.Append(eq.Property).Append('='); AppendValue(b, eq.Value); break;
            case NodeFilter.PropertyIn @in: b.Append(@in.Property).Append(" in["); AppendValues(b, @in.Values); b.Append(']'); break;
            case NodeFilter.PropertyContains c: b.Append(c.Property).Append('~'); AppendValue(b, c.Text); break;
            case NodeFilter.PropertyRange r:
                b.Append(r.Property).Append(" range(").Append(Number(r.Min)).Append(',').Append(Number(r.Max)).Append(')');
                break;
            case NodeFilter.PropertyExists e: b.Append(e.Property).Append('?'); break;
            case NodeFilter.OnPlan p: b.Append("plan("); Append(b, p.PlanFilter); b.Append(')'); break;
            case NodeFilter.Related r:
                b.Append("rel(").Append(r.Type).Append(',').Append(r.Direction).Append(',').Append(r.Label).Append(',');
                Append(b, r.Where);
                b.Append(')');
                break;
            default: throw new ArgumentOutOfRangeException(nameof(filter), filter.GetType().Name, "unknown filter");
        }
    }

    private static void AppendAll(StringBuilder b, string name, IReadOnlyList<NodeFilter> filters)
    {
        b.Append(name).Append('(');
        foreach (var f in filters)
        {
            Append(b, f);
            b.Append(',');
        }
        b.Append(')');
    }

    private static void AppendValues<T>(StringBuilder b, IReadOnlyList<T> values)
    {
        foreach (var v in values)
        {
            AppendValue(b, v);
            b.Append(',');
        }
    }

    private static void AppendValue(StringBuilder b, object? value)
    {
        // Quoted and escaped, so "a,b" and ("a","b") differ; numbers keep their type.
        switch (value)
        {
            case string s: b.Append('"').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"'); break;
            case IFormattable f: b.Append(value.GetType().Name[0]).Append(f.ToString(null, CultureInfo.InvariantCulture)); break;
            default: b.Append(value); break;
        }
    }

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
