namespace Portal.Core.Billing;

/// <summary>What part of a payment settles which invoice, as the back office feeds it.</summary>
public sealed record AllocationRecord(string? InvoiceExternalId, decimal? Amount);
