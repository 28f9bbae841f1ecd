using System.Net;
using System.Net.Sockets;
using System.Text;
using MailKit.Security;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Portal.Core.Notifications;
using Portal.Functions.Pipeline;

namespace Portal.UnitTests.Notifications;

/// <summary>Mail leaves the portal encrypted: a relay that offers no STARTTLS gets nothing, except in Development.</summary>
public sealed class SmtpTransportTests
{
    [Fact]
    public async Task ARelayWithoutStartTls_GetsNoMail_AndNothingIsSentInTheClear()
    {
        using var relay = new PlainRelay();
        var sender = new SmtpEmailSender(Options.Create(new MailOptions { SmtpHost = "127.0.0.1", SmtpPort = relay.Port, FromAddress = "portals@radioatlaujas.lv" }));

        await Assert.ThrowsAnyAsync<Exception>(() => sender.SendAsync("m1", "janis@example.lv", new RenderedEmail("Tēma", "Teksts", "<p>Teksts</p>"), CancellationToken.None));

        Assert.DoesNotContain("MAIL FROM", await relay.HeardAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(587, false, SecureSocketOptions.StartTls)]
    [InlineData(25, false, SecureSocketOptions.StartTls)]
    [InlineData(465, false, SecureSocketOptions.SslOnConnect)]
    [InlineData(1025, true, SecureSocketOptions.StartTlsWhenAvailable)]
    public void Security_IsTlsUnlessDevelopmentAllowsTheClear(int port, bool allowUnencrypted, SecureSocketOptions expected)
    {
        Assert.Equal(expected, SmtpEmailSender.Security(new MailOptions { SmtpPort = port, AllowUnencrypted = allowUnencrypted }));
    }

    [Theory]
    [InlineData("Development", true)]
    [InlineData("Production", false)]
    [InlineData("Staging", false)]
    public void AllowUnencrypted_IsRefusedOutsideDevelopment(string environment, bool accepted)
    {
        var validation = new MailOptionsValidation(new Environment(environment));

        Assert.Equal(accepted, validation.Validate(null, new MailOptions { AllowUnencrypted = true }).Succeeded);
        Assert.True(validation.Validate(null, new MailOptions()).Succeeded);
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Portal";

        public string ContentRootPath { get; set; } = "";

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }

    /// <summary>An SMTP relay that offers no STARTTLS and records what it hears.</summary>
    private sealed class PlainRelay : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly Task<string> _heard;

        public PlainRelay()
        {
            _listener.Start();
            _heard = ServeAsync();
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public Task<string> HeardAsync() => _heard.WaitAsync(TimeSpan.FromSeconds(10));

        private async Task<string> ServeAsync()
        {
            using var client = await _listener.AcceptTcpClientAsync();
            using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { AutoFlush = true, NewLine = "\r\n" };
            var heard = new StringBuilder();
            await writer.WriteLineAsync("220 relay.test ESMTP");
            while (await reader.ReadLineAsync() is { } line)
            {
                heard.AppendLine(line);
                var command = line.Split(' ')[0].ToUpperInvariant();
                await writer.WriteLineAsync(command switch
                {
                    "EHLO" => "250-relay.test\r\n250 SIZE 1000000",
                    "QUIT" => "221 bye",
                    _ => "250 ok",
                });
                if (command == "QUIT")
                {
                    break;
                }
            }

            return heard.ToString();
        }

        public void Dispose() => _listener.Stop();
    }
}
