namespace Portal.Core.Payments;

/// <summary>
/// A provider's validated answer about one order: paid, with the provider's transaction, or not paid. The same answer comes twice
/// (server to server and through the browser); <see cref="FromServer"/> says which this is.
/// </summary>
/// <param name="Stamp">The order's stamp the answer names.</param>
/// <param name="Cents">What was paid (null when not paid).</param>
/// <param name="TransactionId">The provider's own id of the payment (a bank link's <c>VK_T_NO</c>); a second use for another order is a replay.</param>
/// <param name="PaidAt">When the provider says the money moved.</param>
/// <param name="PayerName">The payer as the provider names them, for the order's record.</param>
/// <param name="PayerAccount">The account the money came from.</param>
public sealed record PaymentAnswer(
    string Provider,
    string Stamp,
    bool Paid,
    long? Cents,
    string? Currency,
    string? Reference,
    string? TransactionId,
    DateTimeOffset? PaidAt,
    string? PayerName,
    string? PayerAccount,
    bool FromServer);
