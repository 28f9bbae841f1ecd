namespace Portal.Core.BackOffice;

/// <summary>Delivers one event; the message id is the outbox id, so a redelivery is a duplicate the receiver drops.</summary>
public interface IBackOfficePublisher
{
    Task PublishAsync(string messageId, string type, string json, CancellationToken cancellationToken);
}
