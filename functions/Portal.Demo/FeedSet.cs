using Portal.Core.BackOffice;

namespace Portal.Demo;

/// <summary>What one generator call produced, each list in the order it can be fed (clients first).</summary>
public sealed record FeedSet(
    IReadOnlyList<ClientRecord> Clients,
    IReadOnlyList<BillingAccountRecord> BillingAccounts,
    IReadOnlyList<PermitRecord> Permits,
    IReadOnlyList<InvoiceRecord> Invoices,
    IReadOnlyList<PaymentRecord> Payments);
