using Microsoft.Extensions.Options;
using Portal.Core.Audit;
using Portal.Core.Outcomes;
using Portal.Core.Storage;

namespace Portal.Core.Accounts;

/// <summary>Activation (§10): the approved applicant sets a password through their link; an expired link can be renewed.</summary>
public sealed class AccountActivation(
    ActivationLinks links, AccountStore accounts, PasswordPolicy policy, AuditTrail audit, Throttle throttle, IOptions<ThrottlingOptions> limits)
{
    private static Failure UnknownLink =>
        Failure.Invalid.Field("token", "The link is not valid: it was used already, or the account is active. Sign in, or reset your password.");

    public async Task<Outcome<UserAccount>> ActivateAsync(string token, string password, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var link = await links.PeekAsync(token, cancellationToken);
        var account = link is null ? null : await accounts.GetAsync(link.UserId, cancellationToken);
        if (link is null || account is not { Status: AccountStatus.AwaitingActivation })
        {
            return UnknownLink;
        }

        if (!link.IsLive && link.Superseded && await links.NewestIsLiveAsync(account.Id, cancellationToken))
        {
            // An older email's link: the newest one is on its way or in the inbox, and asking for another would end it.
            return new Failure.Expired(ProblemTypes.ActivationLinkSuperseded, "A newer activation link has been sent.", "Use the link in the newest email from the portal; this one no longer works.");
        }

        if (!link.IsLive)
        {
            return new Failure.Expired(ProblemTypes.ActivationLinkExpired, "The activation link has expired.", "Ask for a new link on this page; it is sent to the same email address.");
        }

        var broken = policy.Check(password, account.Email);
        if (broken.Count > 0)
        {
            return new PasswordRefused("password", broken);
        }

        if (await links.ConsumeAsync(token, cancellationToken) is null || !await accounts.ActivateAsync(account.Id, password, cancellationToken))
        {
            return UnknownLink;
        }

        await audit.AppendAsync(AuditTrail.UserChain(account.Id), account.Id, clientId: null, AuditActions.AccountActivate, account.Id, AuditActions.Succeeded, origin, cancellationToken);
        return account;
    }

    /// <summary>
    /// A new link for the account an old (expired) link was for, if it still waits and no newer link is
    /// still live (an older email's link never ends the newest). The caller learns nothing (the pipeline
    /// has counted its address).
    /// </summary>
    public async Task<Outcome<Done>> ResendAsync(string token, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var link = await links.PeekAsync(token, cancellationToken);
        if (link is not null && await accounts.GetAsync(link.UserId, cancellationToken) is { Status: AccountStatus.AwaitingActivation } account
            && !(link.Superseded && await links.NewestIsLiveAsync(account.Id, cancellationToken))
            && await throttle.TryHitAsync($"activation-user|{account.Id}", limits.Value.LinkRequestsPerEmailPerHour, TimeSpan.FromHours(1), cancellationToken))
        {
            await links.IssueAsync(account, Notifications.EmailTemplates.ActivationLink, "", cancellationToken);
            await audit.AppendAsync(AuditTrail.UserChain(account.Id), account.Id, clientId: null, AuditActions.ActivationResend, account.Id, AuditActions.Succeeded, origin, cancellationToken);
        }

        return Done.Instance;
    }
}
