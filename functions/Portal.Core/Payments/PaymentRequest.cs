namespace Portal.Core.Payments;

/// <summary>What an order asks a provider for: the amount to <see cref="Cents"/> in <see cref="Currency"/>, under the order's stamp.</summary>
/// <param name="Stamp">The order's id as the provider carries it back (at most 20 characters, digits).</param>
/// <param name="Reference">The payment reference the payment carries (at most 35 characters).</param>
/// <param name="Message">The explanation the payer's statement shows: the invoice numbers (at most 95 characters).</param>
/// <param name="ReturnAddress">Where the provider sends the payer back, and its server-to-server answer where it has no address of its own.</param>
/// <param name="Language">The payer's language, <c>lv</c> or <c>en</c>.</param>
/// <param name="At">When the request is made.</param>
public sealed record PaymentRequest(string Stamp, long Cents, string Currency, string Reference, string Message, Uri ReturnAddress, string Language, DateTimeOffset At);
