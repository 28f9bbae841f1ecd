using Portal.Core.BackOffice;

namespace Portal.Core.Billing;

internal sealed class PaymentEntity : VersionedEntity
{
    public string ReceivedOn { get; set; } = "";

    public long AmountCents { get; set; }
}
