using Portal.Core.Outcomes;

namespace Portal.Core.Payments;

/// <summary>
/// A provider's answer that settles nothing: its signature, merchant, account or fields did not hold, or it names no order of ours,
/// another amount or reference, or a transaction already used for another order. <paramref name="Reason"/> is for the audit trail
/// and the log; the payer sees one plain result page.
/// </summary>
public sealed record PaymentAnswerRefused(string Provider, string Reason) : Failure;
