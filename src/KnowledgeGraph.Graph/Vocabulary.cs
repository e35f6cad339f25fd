namespace KnowledgeGraph.Graph;

/// <summary>Plan.level: the tier of government whose area the plan covers.</summary>
public static class PlanLevels
{
    public const string Province = "PROVINCE";
    public const string City = "CITY";
    public const string District = "DISTRICT";
    public const string Zone = "ZONE";

    public static readonly IReadOnlyList<string> All = [Province, City, District, Zone];

    /// <summary>Higher tiers rank lower: a province (0) sits above a city (1) above a district or zone (2).</summary>
    public static int Rank(string level) => level switch
    {
        Province => 0,
        City => 1,
        _ => 2,
    };
}

/// <summary>Plan.kind.</summary>
public static class PlanKinds
{
    public const string FiveYear = "FIVE_YEAR";
    public const string Special = "SPECIAL";
    public const string Collection = "COLLECTION";

    public static readonly IReadOnlyList<string> All = [FiveYear, Special, Collection];
}

/// <summary>Goal.kind.</summary>
public static class GoalKinds
{
    public const string Indicator = "INDICATOR";
    public const string Qualitative = "QUALITATIVE";

    public static readonly IReadOnlyList<string> All = [Indicator, Qualitative];
}

/// <summary>Goal.attribute: 预期性 (expected) or 约束性 (binding).</summary>
public static class GoalAttributes
{
    public const string Expected = "EXPECTED";
    public const string Binding = "BINDING";

    public static readonly IReadOnlyList<string> All = [Expected, Binding];

    public static string? FromChinese(string text) => text.Trim() switch
    {
        "预期性" or "预期" => Expected,
        "约束性" or "约束" => Binding,
        _ => null,
    };
}

/// <summary>Place.kind.</summary>
public static class PlaceKinds
{
    public const string Province = "PROVINCE";
    public const string City = "CITY";
    public const string District = "DISTRICT";
    public const string County = "COUNTY";
    public const string Town = "TOWN";
    public const string Street = "STREET";
    public const string Zone = "ZONE";
    public const string Park = "PARK";
    public const string Other = "OTHER";

    public static readonly IReadOnlyList<string> All = [Province, City, District, County, Town, Street, Zone, Park, Other];
}
