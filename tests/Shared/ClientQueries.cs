namespace KnowledgeGraph.Tests.Shared;

/// <summary>Queries real clients send, shared by the API and CLI tests.</summary>
internal static class ClientQueries
{
    /// <summary>
    /// The introspection query GraphiQL 3.9 sends on load (graphql-js getIntrospectionQuery with
    /// inputValueDeprecation off); priced with the schema's default list multiplier it would score
    /// about 1.8 million and be refused.
    /// </summary>
    public const string GraphiQLIntrospection = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;
}
