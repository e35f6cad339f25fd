using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Tests.Graph;

/// <summary>Properties keep ordinal key order, drop empty values and are never changed in place.</summary>
public sealed class PropsTests
{
    [Fact]
    public void Keys_come_out_in_ordinal_order_whatever_order_they_went_in()
    {
        var props = Props.Of(("target", "6.5左右"), ("attribute", "预期性"), ("Zeta", 1), ("baseline", 5.5));
        Assert.Equal(["Zeta", "attribute", "baseline", "target"], props.Select(p => p.Key));
        Assert.Equal(["Zeta", "attribute", "baseline", "target"], props.Keys);
        var enumerated = new List<string>();
        foreach (var (key, _) in props) enumerated.Add(key);
        Assert.Equal(props.Keys, enumerated);
    }

    [Fact]
    public void Empty_values_are_not_stored_and_a_repeated_key_keeps_its_last_value()
    {
        var props = Props.Of(("name", "长春海吉星交易中心项目"), ("phase", ""), ("note", null), ("name", "海吉星"), ("name", null));
        Assert.Single(props);
        Assert.Equal("海吉星", props.GetString("name"));
        Assert.False(props.ContainsKey("phase"));
        Assert.Same(Props.Empty, Props.Of(("a", null), ("b", "")));

        var from = Props.From([new("year", (object?)2025), new("year", 2035), new("value", 1000.0)]);
        Assert.Equal(2035L, from.GetInteger("year"));
        Assert.Equal(1000.0, from.GetNumber("value"));
    }

    [Fact]
    public void Content_comparison_tells_values_apart_by_type_and_by_how_they_print()
    {
        var comparer = PropsContentComparer.Instance;
        var a = Props.Of(("basis", "name"), ("confidence", 0.85));
        var b = Props.Of(("confidence", 0.85), ("basis", "name"));
        Assert.True(comparer.Equals(a, b));
        Assert.Equal(comparer.GetHashCode(a), comparer.GetHashCode(b));

        Assert.False(comparer.Equals(Props.Of(("value", 1)), Props.Of(("value", 1.0))));
        Assert.False(comparer.Equals(Props.Of(("value", 0.0)), Props.Of(("value", -0.0))));
        Assert.False(comparer.Equals(a, Props.Of(("basis", "name"), ("confidence", 0.9))));
        Assert.False(comparer.Equals(a, Props.Of(("basis", "name"))));
        Assert.False(comparer.Equals(Props.Of(("a", true)), Props.Of(("b", true))));
    }

    [Fact]
    public void Stored_numbers_keep_their_value_whether_boxed_before_or_shared()
    {
        var props = Props.Of(("ordinal", 3), ("year", 2035L), ("big", 5_000_000_000L), ("negative", -4), ("flag", false), ("share", 0.5));
        Assert.Equal(3L, props.GetInteger("ordinal"));
        Assert.Equal(2035L, props.GetInteger("year"));
        Assert.Equal(5_000_000_000L, props.GetInteger("big"));
        Assert.Equal(-4L, props.GetInteger("negative"));
        Assert.Equal(false, props["flag"]);
        Assert.Equal(0.5, props.GetNumber("share"));
        Assert.Same(Props.Of(("n", 7))["n"], Props.Of(("n", 7L))["n"]);
    }

    [Fact]
    public void With_adds_replaces_and_removes_in_a_new_instance()
    {
        var original = Props.Of(("b", 2), ("d", 4));
        var added = original.With("c", 3).With("a", 1).With("e", 5);
        Assert.Equal(["a", "b", "c", "d", "e"], added.Keys);
        Assert.Equal(["b", "d"], original.Keys);

        var replaced = added.With("c", "三");
        Assert.Equal("三", replaced["c"]);
        Assert.Equal(3L, added["c"]);

        var removed = replaced.With("a", null).With("e", "").With("c", null);
        Assert.Equal(["b", "d"], removed.Keys);
        Assert.Same(removed, removed.With("absent", null));
        Assert.Same(Props.Empty, Props.Of(("x", 1)).With("x", null));
        Assert.Throws<KeyNotFoundException>(() => removed["a"]);
        Assert.False(removed.TryGetValue("a", out _));
    }

    [Fact]
    public void Values_are_normalised_and_unsupported_ones_refused()
    {
        var props = Props.Of(("int", 7), ("float", 1.5f), ("decimal", 2.25m), ("flag", true));
        Assert.IsType<long>(props["int"]);
        Assert.IsType<double>(props["float"]);
        Assert.Equal(2.25, props["decimal"]);
        Assert.Equal(true, props["flag"]);
        Assert.Throws<ArgumentException>(() => Props.Of(("nan", double.NaN)));
        Assert.Throws<ArgumentException>(() => Props.Of(("when", DateTime.UnixEpoch)));
        Assert.Throws<ArgumentException>(() => Props.Empty.With("", 1));
    }
}
