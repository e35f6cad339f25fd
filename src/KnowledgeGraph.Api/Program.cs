using KnowledgeGraph.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddGraphStore();
builder.AddGraphCache();
builder.AddKnowledgeGraphApi();

var app = builder.Build();
app.MapKnowledgeGraph();
app.Run();

/// <summary>The web host; public so that tests can host it in memory.</summary>
public partial class Program;
