using Portal.Core.Accounts;
using Portal.Core.Privacy;
using Portal.Functions.Accounts;
using Portal.Functions.Staff;

namespace Portal.Functions.Privacy;

/// <summary>The data download (§9, §23.1): the profile, the clients the user acts for, their acceptances of the terms, their external logins and their whole trail.</summary>
public sealed record PersonalDataResponse(
    DateTimeOffset ExportedAt,
    PersonalProfile Profile,
    IReadOnlyList<MeClient> Memberships,
    IReadOnlyList<TermsAcceptance> TermsAcceptances,
    IReadOnlyList<ExternalLogin> Logins,
    IReadOnlyList<StaffActivityItem> Activity)
{
    public static PersonalDataResponse From(PersonalData data) => new(
        data.ExportedAt,
        new PersonalProfile(
            data.Account.Id, data.Account.Email, data.Account.FirstName, data.Account.LastName, data.Account.Phone, data.Account.Address, data.Account.Language,
            StaffUsers.StatusName(data.Account.Status), data.Account.CreatedAt, data.Account.PasswordChangedAt, data.Account.AcceptedTermsVersion),
        [.. data.Memberships.Select(m => new MeClient(m.ClientId, m.ClientName, m.ClientKind, m.Scopes))],
        data.TermsAcceptances,
        data.Logins,
        [.. data.Activity.Select(r => new StaffActivityItem(r.At, r.Action, r.Target, r.Result, r.Actor, r.ClientId, r.IpAddress, r.UserAgent))]);

    /// <summary>Sent as a file to save, not shown: "attachment".</summary>
    public static string Disposition(string userId) => $"attachment; filename=\"personal-data-{userId}.json\"";
}
