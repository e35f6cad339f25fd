using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Store;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace KnowledgeGraph.Api.Bench;

/// <summary>
/// The API as Program.cs composes it (result cache in process memory), on Kestrel at 127.0.0.1, plus
/// <c>POST /minimal</c>: an endpoint that only writes a fixed byte array, the floor any endpoint
/// serving the same bytes over the same server stack can reach.
/// </summary>
internal sealed class BenchServer : IAsyncDisposable
{
    public const string MinimalPath = "/minimal";

    private readonly WebApplication _app;

    private BenchServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What <c>POST /minimal</c> answers (set before a run).</summary>
    public byte[] MinimalBody { get; set; } = [];

    public string MinimalContentType { get; set; } = "application/json";

    public static async Task<BenchServer> StartAsync(IGraphStore store)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(store);
        builder.AddGraphCache();
        builder.AddKnowledgeGraphApi();
        var app = builder.Build();
        app.MapKnowledgeGraph();
        BenchServer? server = null;
        app.MapPost(MinimalPath, (HttpContext context) =>
        {
            var body = server!.MinimalBody;
            context.Response.ContentType = server.MinimalContentType;
            context.Response.ContentLength = body.Length;
            return context.Response.Body.WriteAsync(body).AsTask();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new BenchServer(app, new Uri(address));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
