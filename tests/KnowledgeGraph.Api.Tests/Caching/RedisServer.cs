using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KnowledgeGraph.Api.Tests.Caching;

/// <summary>
/// A real redis-server on a free loopback port, without persistence, owned by one test. It can be
/// stopped and started again on the same port to simulate an outage.
/// </summary>
internal sealed class RedisServer : IDisposable
{
    public const string InstallHint =
        "redis-server is not installed. Install it (apt-get install -y redis-server) or set KG_SKIP_REDIS=1 to skip the Redis integration tests.";

    private Process? _process;

    private RedisServer(int port)
    {
        Port = port;
    }

    /// <summary>The redis-server executable on PATH (or in the usual Debian places); null when absent.</summary>
    public static string? Executable { get; } = Find();

    /// <summary>Set when redis-server is missing and the run asked to skip Redis tests.</summary>
    public static string? SkipReason =>
        Executable is null && Environment.GetEnvironmentVariable("KG_SKIP_REDIS") == "1"
            ? "SKIPPED: redis-server is not installed and KG_SKIP_REDIS=1; this Redis integration test did not run."
            : null;

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        if (Executable is null)
        {
            throw new InvalidOperationException(InstallHint);
        }

        var server = new RedisServer(FreePort());
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts (again) on the same port; the data of a previous run is gone, as after a crash.</summary>
    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo(Executable!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start redis-server");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await PingAsync())
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"redis-server did not come up on port {Port} (exit code {(_process.HasExited ? _process.ExitCode : null)})");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Kills the server, as a crash or a network cut would look to the API.</summary>
    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>Number of keys stored, read with the raw protocol.</summary>
    public async Task<int> KeyCountAsync()
    {
        var reply = await CommandAsync("DBSIZE");
        return int.Parse(reply.TrimStart(':').Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => Stop();

    private async Task<bool> PingAsync()
    {
        try
        {
            return (await CommandAsync("PING")).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private async Task<string> CommandAsync(string command)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(command + "\r\n"));
        var buffer = new byte[256];
        var read = await stream.ReadAsync(buffer);
        return Encoding.ASCII.GetString(buffer, 0, read);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin").Append("/usr/sbin").Append("/usr/local/bin")
            .Select(dir => Path.Combine(dir, "redis-server"))
            .FirstOrDefault(File.Exists);
    }
}

/// <summary>
/// A test that needs a real Redis. Without redis-server it fails with an install hint, unless
/// KG_SKIP_REDIS=1, which skips it and says so in the test report.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (RedisServer.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
