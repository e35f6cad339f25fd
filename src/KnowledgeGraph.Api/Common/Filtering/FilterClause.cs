using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Common.Filtering;

/// <summary>Turns the value of one filter field into a store filter (null: no condition).</summary>
public delegate NodeFilter? FilterClause(object value, FilterTranslation translation);
