using System.Buffers;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Meetinity.Identity.Tests;

/// <summary>A real SMTP server (the SmtpServer package) in the test process, keeping what it receives.</summary>
public sealed partial class FakeSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    private FakeSmtpServer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(Messages));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public ConcurrentQueue<MimeMessage> Messages { get; } = new();

    public static FakeSmtpServer Start(int port) => new(port);

    /// <summary>Waits (up to 10 s) for a mail to <paramref name="to"/> whose subject contains <paramref name="subject"/>.</summary>
    public async Task<MimeMessage> WaitForAsync(string to, string subject)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var found = Messages.FirstOrDefault(m => m.To.Mailboxes.Any(b => b.Address == to) && (m.Subject ?? string.Empty).Contains(subject, StringComparison.Ordinal));
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No mail '{subject}' to {to} arrived; got: {string.Join(", ", Messages.Select(m => $"{m.To}: {m.Subject}"))}");
    }

    /// <summary>The <c>token</c> query value of the first link in the mail's text.</summary>
    public static string TokenIn(MimeMessage message) =>
        Uri.UnescapeDataString(TokenPattern().Match(message.TextBody ?? string.Empty).Groups[1].Value);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    [GeneratedRegex(@"[?&]token=([A-Za-z0-9_\-%]+)")]
    private static partial Regex TokenPattern();

    private sealed class Store(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
