using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace Meetinity.DevServices;

/// <summary>A private <c>redis-server</c> on a free loopback port, without persistence; it can be stopped and started again on the same port.</summary>
public sealed class LocalRedis : IAsyncDisposable
{
    public const string MissingMessage = "redis-server was not found on PATH. Install it (Debian: apt-get install redis-server).";
    private readonly string _binary;
    private Process? _process;

    private LocalRedis(string binary, int port)
    {
        _binary = binary;
        Port = port;
    }

    public int Port { get; }

    public string Url => $"redis://127.0.0.1:{Port}/0";

    public static string? FindBinary() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Append("/usr/bin").Append("/usr/sbin")
            .Select(d => Path.Combine(d, "redis-server"))
            .FirstOrDefault(File.Exists);

    public static async Task<LocalRedis> LaunchAsync(CancellationToken cancellationToken = default)
    {
        var redis = new LocalRedis(FindBinary() ?? throw new InvalidOperationException(MissingMessage), FreeTcpPort.Find());
        await redis.StartAsync(cancellationToken);
        return redis;
    }

    /// <summary>Starts the server (again) and waits until it accepts connections.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(_binary)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start redis-server.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port, cancellationToken);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50, cancellationToken);
            }
        }

        throw new InvalidOperationException($"redis-server did not start listening on port {Port}.");
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
