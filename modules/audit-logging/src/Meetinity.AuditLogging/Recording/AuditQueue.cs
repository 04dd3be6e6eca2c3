using System.Threading.Channels;

namespace Meetinity.AuditLogging.Recording;

/// <summary>Request records waiting to be written off the request path.</summary>
internal sealed class AuditQueue
{
    private readonly Channel<AuditRecord> _channel = Channel.CreateUnbounded<AuditRecord>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<AuditRecord> Reader => _channel.Reader;

    public void Enqueue(AuditRecord record) => _channel.Writer.TryWrite(record);
}
