namespace Portal.Core.Notifications;

/// <summary>An email to send: which template, to whom, in which language, with what values. Rendered when sent.</summary>
public sealed record EmailMessage(string To, string Language, string Template, IReadOnlyDictionary<string, string> Values);
