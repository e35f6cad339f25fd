using System.Collections.Frozen;
using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;

namespace KnowledgeGraph.Api.GraphiQL;

/// <summary>
/// The IDE's files, read once from the resources the build embeds in this assembly (graphiql and
/// React from npm, plus our boot script), so the IDE works offline and from any working directory.
/// </summary>
internal sealed class GraphiQLAssets
{
    private const string ResourcePrefix = "GraphiQL/";

    /// <summary>Every file the page needs, in load order for scripts.</summary>
    public static readonly IReadOnlyList<string> RequiredFiles =
    [
        "graphiql.min.css",
        "react.production.min.js",
        "react-dom.production.min.js",
        "graphiql.min.js",
        "kg-graphiql.js",
    ];

    private readonly FrozenDictionary<string, GraphiQLAsset> _assets;

    public GraphiQLAssets()
        : this(typeof(GraphiQLAssets).Assembly)
    {
    }

    internal GraphiQLAssets(Assembly assembly)
    {
        var assets = new Dictionary<string, GraphiQLAsset>(StringComparer.Ordinal);
        foreach (var file in RequiredFiles)
        {
            using var stream = assembly.GetManifestResourceStream(ResourcePrefix + file);
            if (stream is null)
            {
                continue;
            }

            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            assets[file] = new GraphiQLAsset(file, buffer.ToArray());
        }

        _assets = assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The files the build could not embed (npm was missing); empty in a complete build.</summary>
    public IReadOnlyList<string> Missing => RequiredFiles.Where(f => !_assets.ContainsKey(f)).ToArray();

    public bool TryGet(string file, out GraphiQLAsset asset) => _assets.TryGetValue(file, out asset!);

    public GraphiQLAsset? Get(string file) => _assets.GetValueOrDefault(file);
}

/// <summary>One file with its content hash (for cache-busting URLs) and lazily compressed copies.</summary>
internal sealed class GraphiQLAsset
{
    private readonly Lazy<byte[]> _gzip;
    private readonly Lazy<byte[]> _brotli;

    public GraphiQLAsset(string file, byte[] content)
    {
        File = file;
        Content = content;
        Hash = Convert.ToHexStringLower(SHA256.HashData(content))[..16];
        ContentType = file.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
        // Compressed once on first use: graphiql.min.js is ~1 MB and shrinks to about a quarter.
        _gzip = new Lazy<byte[]>(() => Compress(content, s => new GZipStream(s, CompressionLevel.SmallestSize)));
        _brotli = new Lazy<byte[]>(() => Compress(content, s => new BrotliStream(s, CompressionLevel.Optimal)));
    }

    public string File { get; }

    public byte[] Content { get; }

    public string Hash { get; }

    public string ContentType { get; }

    public byte[] Gzip => _gzip.Value;

    public byte[] Brotli => _brotli.Value;

    private static byte[] Compress(byte[] content, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var stream = compressor(output))
        {
            stream.Write(content);
        }

        return output.ToArray();
    }
}
