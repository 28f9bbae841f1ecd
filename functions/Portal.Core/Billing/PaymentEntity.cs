using Portal.Core.BackOffice;

namespace Portal.Core.Billing;

internal sealed class PaymentEntity : VersionedEntity
{
    public string ReceivedOn { get; set; } = "";

    public long AmountCents { get; set; }

    /// <summary>JSON: the invoices the payment settles by name (<see cref="Allocation"/>s); null where it names none.</summary>
    public string? Allocations { get; set; }
}
