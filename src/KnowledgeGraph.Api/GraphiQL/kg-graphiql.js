// Boots GraphiQL on the page served at the GraphQL path. Kept out of the HTML so the page can
// run under a Content-Security-Policy without inline scripts. Settings come from data-* attributes.
(function () {
  'use strict';
  var root = document.getElementById('graphiql');
  var endpoint = root.getAttribute('data-endpoint');
  var params = new URLSearchParams(window.location.search);
  var fetcher = GraphiQL.createFetcher({ url: endpoint });
  var props = {
    fetcher: fetcher,
    defaultQuery: root.getAttribute('data-default-query') || undefined,
    defaultEditorToolbarOpen: true,
    // A link such as /graphql?query=...&variables=... opens with that query in the editor.
    query: params.get('query') || undefined,
    variables: params.get('variables') || undefined,
    operationName: params.get('operationName') || undefined
  };
  ReactDOM.createRoot(root).render(React.createElement(GraphiQL, props));
})();
