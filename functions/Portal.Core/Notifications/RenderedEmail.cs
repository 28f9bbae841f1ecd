namespace Portal.Core.Notifications;

/// <summary>A rendered email: the plain text and the same words as HTML, sent side by side (multipart/alternative).</summary>
public sealed record RenderedEmail(string Subject, string Body, string Html);
