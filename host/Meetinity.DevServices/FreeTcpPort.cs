using System.Net;
using System.Net.Sockets;

namespace Meetinity.DevServices;

/// <summary>A loopback TCP port that nothing listens on right now.</summary>
public static class FreeTcpPort
{
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
