using System.Text.Json;
using Microsoft.Extensions.Options;
using Portal.Core.Audit;
using Portal.Core.Notifications;
using Portal.Core.Storage;

namespace Portal.Core.Accounts;

/// <summary>A reset asked for, as the request left it to the dispatcher: the email as typed and where the request came from.</summary>
public sealed record PasswordResetRequested(string Email, AuditOrigin Origin);

/// <summary>
/// The part of a password-reset request (§13) that depends on the email: whether an active account has
/// it, the per-email limit, the link, its email and the audit record. Run by the outbox dispatcher, off
/// the request, so the request answers in the same time for an unknown, awaiting, blocked or active email.
/// </summary>
public sealed class PasswordResetRequests(
    AccountStore accounts,
    PasswordResets resets,
    AuditTrail audit,
    Throttle throttle,
    IOptions<ThrottlingOptions> limits) : IDeferredWork
{
    public const string WorkType = "password-reset-request";

    public string Type => WorkType;

    public static string Payload(string email, AuditOrigin origin) =>
        JsonSerializer.Serialize(new PasswordResetRequested(email, origin), AccountsJson.Default.PasswordResetRequested);

    public async Task RunAsync(string payload, CancellationToken cancellationToken)
    {
        var (email, origin) = JsonSerializer.Deserialize(payload, AccountsJson.Default.PasswordResetRequested)!;
        var account = await accounts.FindByEmailAsync(email, cancellationToken);
        if (account is { Status: AccountStatus.Active }
            && await throttle.TryHitAsync($"reset-email|{EmailAddress.Key(email)}", limits.Value.LinkRequestsPerEmailPerHour, TimeSpan.FromHours(1), cancellationToken))
        {
            await resets.IssueAndEmailAsync(account, cancellationToken);
            await audit.AppendAsync(AuditTrail.UserChain(account.Id), account.Id, clientId: null, AuditActions.PasswordResetRequest, account.Id, AuditActions.Succeeded, origin, cancellationToken);
        }
    }
}
