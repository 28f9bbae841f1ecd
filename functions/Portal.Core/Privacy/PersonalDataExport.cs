using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Core.Clients;
using Portal.Core.Staff;
using Portal.Core.Storage;

namespace Portal.Core.Privacy;

/// <summary>
/// Gathers a user's data for a download (§9, §23.1): by the user themselves, or by staff answering a data-subject request, which goes on the
/// user's trail and the staff member's own before anything is read.
/// </summary>
public sealed class PersonalDataExport(AccountStore accounts, ClientStore clients, AuditTrail audit, TimeProvider time)
{
    private const int TrailPage = 500;

    public async Task<PersonalData> OfAsync(UserAccount account, CancellationToken cancellationToken) => new(
        time.GetUtcNow(),
        account,
        await clients.MembershipsAsync(account.Id, cancellationToken),
        await accounts.TermsAcceptancesAsync(account.Id, cancellationToken),
        await accounts.LoginsAsync(account.Id, cancellationToken),
        await WholeTrailAsync(account.Id, cancellationToken));

    /// <summary>Null when there is no such user.</summary>
    public async Task<PersonalData?> ForStaffAsync(string userId, StaffMember staff, AuditOrigin origin, CancellationToken cancellationToken)
    {
        if (!PortalIds.IsValid(userId) || await accounts.GetAsync(userId, cancellationToken) is not { } account)
        {
            return null;
        }

        await audit.AppendAsync(AuditTrail.UserChain(account.Id), staff.Actor, clientId: null, AuditActions.DataExport, "data-subject-request", AuditActions.Succeeded, origin, cancellationToken);
        await audit.AppendAsync(AuditTrail.StaffChain(staff.Id), staff.Actor, clientId: null, AuditActions.DataExport, account.Id, AuditActions.Succeeded, origin, cancellationToken);
        return await OfAsync(account, cancellationToken);
    }

    private async Task<IReadOnlyList<AuditRecord>> WholeTrailAsync(string userId, CancellationToken cancellationToken)
    {
        var all = new List<AuditRecord>();
        string? token = null;
        do
        {
            (var page, token) = await audit.ReadAsync(AuditTrail.UserChain(userId), TrailPage, token, cancellationToken);
            all.AddRange(page);
        }
        while (token is not null);

        return all;
    }
}
