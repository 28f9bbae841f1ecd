using Portal.Core.Payments;

namespace Portal.Functions.Payments;

/// <summary>What a provider's server-to-server answer came to: the order's stamp and its status now.</summary>
public sealed record PaymentAnswerResponse(string Order, PaymentOrderStatus Status);
