using Portal.Core.Billing;
using Portal.Core.Permits;
using Portal.Core.Clients;

namespace Portal.Demo;

/// <summary>What one generator call produced, each list in the order it can be fed (clients first).</summary>
public sealed record FeedSet(
    IReadOnlyList<ClientRecord> Clients,
    IReadOnlyList<BillingAccountRecord> BillingAccounts,
    IReadOnlyList<PermitRecord> Permits,
    IReadOnlyList<InvoiceRecord> Invoices,
    IReadOnlyList<PaymentRecord> Payments);
