using System.Security.Cryptography;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Tests.Fixtures;

internal static class Export
{
    public static byte[] Bytes(GraphSnapshot graph)
    {
        using var stream = new MemoryStream();
        JsonlExport.Write(graph.Nodes, graph.Edges, stream);
        return stream.ToArray();
    }

    public static string FileHash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
