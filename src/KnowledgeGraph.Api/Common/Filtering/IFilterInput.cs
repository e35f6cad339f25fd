using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Common.Filtering;

/// <summary>A <c>where</c> input type that can turn its parsed value into a store filter.</summary>
public interface IFilterInput
{
    /// <summary>The filter for a parsed input value, or null when it constrains nothing (an empty object).</summary>
    NodeFilter? Translate(IDictionary<string, object?> input, FilterTranslation translation);
}
