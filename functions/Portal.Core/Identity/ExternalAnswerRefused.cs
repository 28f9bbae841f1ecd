using Portal.Core.Outcomes;

namespace Portal.Core.Identity;

/// <summary>
/// An external provider's answer that does not let anyone in: the provider reported an error, or the answer did not validate
/// (signature, time window, audience, a replayed id, a malformed document). <paramref name="Reason"/> is for the audit trail and
/// the log, never shown to the person, who sees one plain page whatever went wrong.
/// </summary>
public sealed record ExternalAnswerRefused(string Provider, string Reason) : Failure;
