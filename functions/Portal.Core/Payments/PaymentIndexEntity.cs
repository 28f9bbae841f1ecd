using Portal.Core.Storage;

namespace Portal.Core.Payments;

/// <summary>A row of the <c>Payments</c> table (<see cref="PaymentKeys"/>): a stamp's client, a used transaction, or a queued or flagged order.</summary>
internal sealed class PaymentIndexEntity : PortalEntity
{
    public string ClientId { get; set; } = "";

    public string Stamp { get; set; } = "";

    /// <summary>A flagged order's <see cref="PaymentOrderFlag"/>.</summary>
    public string? Flag { get; set; }

    /// <summary>What staff should know of a flag (amounts, the booking's payment), or where a transaction was first used.</summary>
    public string? Detail { get; set; }

    public DateTimeOffset At { get; set; }
}
