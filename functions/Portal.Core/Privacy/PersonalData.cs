using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Core.Clients;

namespace Portal.Core.Privacy;

/// <summary>What the portal holds about one user (§9, §23.1): the account, its memberships, its acceptances of the terms, its external logins and its whole trail.</summary>
public sealed record PersonalData(
    DateTimeOffset ExportedAt,
    UserAccount Account,
    IReadOnlyList<Membership> Memberships,
    IReadOnlyList<TermsAcceptance> TermsAcceptances,
    IReadOnlyList<ExternalLogin> Logins,
    IReadOnlyList<AuditRecord> Activity);
