using Portal.Core.BackOffice;

namespace Portal.Core.Permits;

internal sealed class PermitEntity : VersionedEntity
{
    public string Number { get; set; } = "";

    public string ServiceKind { get; set; } = "";

    public string Status { get; set; } = "";

    public string ValidFrom { get; set; } = "";

    public string? ValidTo { get; set; }

    public string? CallSign { get; set; }

    public int StationCount { get; set; }

    public double LowestMHz { get; set; }

    public double HighestMHz { get; set; }

    /// <summary>The stations with their frequencies, as fed (JSON); only on the permit's own row.</summary>
    public string? Stations { get; set; }

    public PermitEntity Summary(string rowKey) => new()
    {
        PartitionKey = PartitionKey, RowKey = rowKey, ExternalId = ExternalId, Version = Version, Number = Number, ServiceKind = ServiceKind, Status = Status,
        ValidFrom = ValidFrom, ValidTo = ValidTo, CallSign = CallSign, StationCount = StationCount, LowestMHz = LowestMHz, HighestMHz = HighestMHz,
    };
}
