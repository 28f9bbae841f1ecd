using Portal.Core.Billing;

namespace Portal.Core.Clients;

/// <summary>
/// Which of the portal's services a user may use for a client (§3, §7): each follows from the
/// user's scope, the client's kind, its billing arrangement and its registered services. The server
/// enforces these rules on every client-scoped route; the client's page lists what they allow, and
/// the UI's navigation shows only that. README's "Services by client" table states the same rules.
/// </summary>
public static class ClientServices
{
    /// <summary>The client's own page: every representative.</summary>
    public const string Overview = "overview";

    public const string Balance = "balance";
    public const string Invoices = "invoices";
    public const string Payments = "payments";
    public const string Statement = "statement";
    public const string BillingAccounts = "billing-accounts";
    public const string Permits = "permits";

    /// <summary>The signed e-permit files ES puts beside the permits (a download, with legal force in electronic form only).</summary>
    public const string EPermits = "e-permits";

    /// <summary>The statement and ageing reports as documents (the statement kind also needs <see cref="Statement"/>).</summary>
    public const string Reports = "reports";
    public const string Representatives = "representatives";

    /// <summary>Applications and requests to ES (§2.10): drafts, forms and, later, what was sent. Which forms follows the client (<see cref="Portal.Core.Submissions.FormCatalog"/>).</summary>
    public const string Submissions = "submissions";

    private static readonly BillingArrangement[] _invoiceArrangements = [BillingArrangement.MonthlyInvoice, BillingArrangement.QuarterlyInvoice, BillingArrangement.EInvoice];

    /// <param name="Scope">The scope the user needs; null: any representative.</param>
    /// <param name="Kinds">The client kinds it serves.</param>
    /// <param name="Arrangements">The billing arrangements it serves; null: any (also none yet).</param>
    /// <param name="NeedsRegisteredService">Only for a client with a registered service kind.</param>
    /// <param name="Unavailable">Why a client it does not serve goes without it.</param>
    public sealed record Rule(string Service, Scope? Scope, IReadOnlyList<ClientKind> Kinds, IReadOnlyList<BillingArrangement>? Arrangements, bool NeedsRegisteredService, string Unavailable);

    private static readonly ClientKind[] _anyKind = [ClientKind.Natural, ClientKind.Legal];

    public static IReadOnlyList<Rule> Rules { get; } =
    [
        new(Overview, null, _anyKind, null, false, ""),
        new(Balance, Scope.Finance, _anyKind, null, false, ""),
        new(Invoices, Scope.Finance, _anyKind, null, false, ""),
        new(Payments, Scope.Finance, _anyKind, null, false, ""),
        new(Statement, Scope.Finance, [ClientKind.Legal], _invoiceArrangements, false,
            "Settlement statements are for companies billed by invoice (monthly, quarterly or e-invoice); the balance and payments show the rest."),
        new(BillingAccounts, Scope.Finance, [ClientKind.Legal], null, false,
            "Billing accounts are kept for legal persons; a natural person's billing is the client's own."),
        new(Permits, Scope.Technical, _anyKind, null, true,
            "The client has no registered service, so it holds no permits to show."),
        new(EPermits, Scope.Technical, _anyKind, null, true,
            "The client has no registered service, so it holds no e-permits to download."),
        new(Reports, Scope.Finance, _anyKind, null, false, ""),
        new(Representatives, Scope.Admin, _anyKind, null, false, ""),
        new(Submissions, Scope.Submit, _anyKind, null, false, ""),
    ];

    public static Rule For(string service) => Rules.Single(r => r.Service == service);

    /// <summary>Whether the client's kind, arrangement and registered services allow the service (the scope aside).</summary>
    public static bool Serves(Rule rule, Client client) =>
        rule.Kinds.Contains(client.Kind)
        && (rule.Arrangements is null || (client.BillingArrangement is { } arrangement && rule.Arrangements.Contains(arrangement)))
        && (!rule.NeedsRegisteredService || client.Services.Count > 0);

    /// <summary>The services this user may use for this client.</summary>
    public static IReadOnlyList<string> Available(Client client, IReadOnlyList<Scope> scopes) =>
        [.. Rules.Where(r => (r.Scope is not { } scope || scopes.Contains(scope)) && Serves(r, client)).Select(r => r.Service)];
}
