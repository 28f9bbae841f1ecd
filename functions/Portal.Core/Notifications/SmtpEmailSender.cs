using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Portal.Core.Notifications;

internal sealed class SmtpEmailSender(IOptions<MailOptions> options) : IEmailSender
{
    public async Task SendAsync(string messageId, string to, RenderedEmail email, CancellationToken cancellationToken)
    {
        var mail = options.Value;
        var message = new MimeMessage
        {
            // The outbox id: a message sent twice after a crash is recognisably the same message.
            MessageId = $"{messageId}@radioatlaujas.lv",
            Subject = email.Subject,
            // The same words twice: plain text for any mail program, HTML for those that show it.
            Body = new BodyBuilder { TextBody = email.Body, HtmlBody = email.Html }.ToMessageBody(),
        };
        message.From.Add(new MailboxAddress("VAS “Elektroniskie sakari”", mail.FromAddress));
        message.To.Add(MailboxAddress.Parse(to));

        using var client = new SmtpClient();
        await client.ConnectAsync(mail.SmtpHost, mail.SmtpPort, Security(mail), cancellationToken);
        if (!string.IsNullOrEmpty(mail.UserName))
        {
            await client.AuthenticateAsync(mail.UserName, mail.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    /// <summary>TLS always, unless Development allows the clear (<see cref="MailOptions.AllowUnencrypted"/>).</summary>
    internal static SecureSocketOptions Security(MailOptions mail) =>
        mail.SmtpPort == 465 ? SecureSocketOptions.SslOnConnect
        : mail.AllowUnencrypted ? SecureSocketOptions.StartTlsWhenAvailable
        : SecureSocketOptions.StartTls;
}
