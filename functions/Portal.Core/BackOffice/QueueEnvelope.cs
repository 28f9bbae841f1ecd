namespace Portal.Core.BackOffice;

public sealed record QueueEnvelope(string MessageId, string Subject, string ContentType, IReadOnlyDictionary<string, string> ApplicationProperties, string Body);
