using Portal.Core.Audit;
using Portal.Core.Terms;

namespace Portal.Core.Accounts;

/// <summary>
/// A signed-in user accepts a version of the terms (§30): recorded with the text's hash, the time and where it came from, and put on
/// the user's trail. Every place a user accepts calls this; an application's acceptance, given before there was a user, is recorded
/// when the application is approved.
/// </summary>
public sealed class TermsAcceptances(AccountStore accounts, AuditTrail audit)
{
    public async Task AcceptAsync(string userId, TermsVersion version, AuditOrigin origin, CancellationToken cancellationToken)
    {
        await accounts.RecordTermsAcceptanceAsync(userId, version, origin, cancellationToken);
        await audit.AppendAsync(
            AuditTrail.UserChain(userId), userId, clientId: null, AuditActions.TermsAcceptance, $"terms-v{version.Version}", AuditActions.Succeeded, origin, cancellationToken);
    }
}
