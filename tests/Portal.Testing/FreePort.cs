using System.Net;
using System.Net.Sockets;

namespace Portal.Testing;

public static class FreePort
{
    private static readonly HashSet<int> _given = [];

    /// <summary>
    /// A loopback port nobody listens on right now, and one this process has not handed out before: the
    /// system may offer a port it just offered (seen: Azurite's queue and table given the same one).
    /// </summary>
    public static int Next()
    {
        lock (_given)
        {
            while (true)
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                if (_given.Add(port))
                {
                    return port;
                }
            }
        }
    }

    public static async Task WaitUntilListeningAsync(int port, TimeSpan timeout, Func<string> describe)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"Nothing listened on port {port} within {timeout.TotalSeconds} s. {describe()}");
    }
}
