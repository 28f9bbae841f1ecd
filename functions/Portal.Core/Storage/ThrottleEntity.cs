namespace Portal.Core.Storage;

internal sealed class ThrottleEntity : PortalEntity
{
    public int Count { get; set; }
}
