namespace Portal.Core.Notifications;

/// <summary>A rendered email.</summary>
public sealed record RenderedEmail(string Subject, string Body);
