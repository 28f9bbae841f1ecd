namespace Portal.Core.Payments;

/// <summary>What a user asks to pay: open invoices of the client (their ids), or an amount to top up with; and with which provider.</summary>
/// <param name="Provider">The provider's id; may be left out when only one is offered.</param>
public sealed record NewPaymentOrder(IReadOnlyList<string>? InvoiceIds, decimal? Amount, string? Provider);
