using Azure;
using Portal.Core.Accounts;
using Portal.Core.Audit;

namespace Portal.Core.Submissions;

/// <summary>
/// A user's confirmation that a draft be sent (§20, §31): with the password as the step-up (or, for an account without one, a recent
/// sign-in through its external provider: the <paramref name="Session"/>), the <c>Idempotency-Key</c> that makes a repeat return the first
/// result, the fingerprint of the request without the password, and optionally the copy reviewed (If-Match).
/// </summary>
public sealed record SubmitOrder(
    string ClientId, string SubmissionId, UserAccount User, string Key, string Fingerprint, ETag? IfMatch, string? Password, AuditOrigin Origin, PortalSession? Session = null);

/// <summary>What a sent submission's receipt quotes.</summary>
public sealed record SubmitReceipt(string ReceiptNumber, string Sha256, DateTimeOffset SubmittedAt);
