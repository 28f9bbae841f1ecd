namespace Portal.Core.Notifications;

/// <summary>Sends rendered emails over SMTP (MailKit): the local mail catcher, or the production relay.</summary>
public interface IEmailSender
{
    Task SendAsync(string messageId, string to, RenderedEmail email, CancellationToken cancellationToken);
}
