using Microsoft.Extensions.Logging;

namespace Portal.Core.Payments;

internal static partial class PaymentsLog
{
    [LoggerMessage(EventId = 9201, Level = LogLevel.Warning, Message = "Payment answer from {Provider} refused: {Reason}")]
    public static partial void AnswerRefused(ILogger logger, string provider, string reason);

    [LoggerMessage(EventId = 9202, Level = LogLevel.Information, Message = "Payment order {Stamp} of client {ClientId} is {Status}")]
    public static partial void OrderChanged(ILogger logger, string stamp, string clientId, string status);

    [LoggerMessage(EventId = 9204, Level = LogLevel.Information, Message = "Payment order {Stamp}: the {Channel} answer repeats one already taken")]
    public static partial void AnswerRepeated(ILogger logger, string stamp, string channel);

    /// <summary>Staff must look at an order: the operators' alert reads this event (infra alerts.bicep, "payment-flagged").</summary>
    [LoggerMessage(EventId = 9203, EventName = "PaymentOrderFlagged", Level = LogLevel.Error, Message = "Payment order {Stamp} of client {ClientId} flagged {Flag}: {Detail}")]
    public static partial void OrderFlagged(ILogger logger, string stamp, string clientId, string flag, string detail);
}
