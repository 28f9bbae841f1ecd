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

    /// <summary>The stations with their frequencies, as fed (JSON); only on the permit's own row and its versions' rows.</summary>
    public string? Stations { get; set; }

    /// <summary>The stations' names and places, a line each: what a search by place reads.</summary>
    public string? Places { get; set; }

    /// <summary>Every frequency the permit assigns, in MHz, distinct and ascending, space-separated (invariant digits).</summary>
    public string? FrequenciesMHz { get; set; }

    /// <summary>The signed e-permit the back office put, if any: "pdf" or "edoc" (<see cref="PermitDocuments"/>).</summary>
    public string? DocumentKind { get; set; }

    /// <summary>The stations as fed, read from <see cref="Stations"/>.</summary>
    public IReadOnlyList<StationRecord> StationList() =>
        System.Text.Json.JsonSerializer.Deserialize(Stations ?? "[]", FeedJson.Default.IReadOnlyListStationRecord) ?? [];

    public PermitEntity Summary(string rowKey) => new()
    {
        PartitionKey = PartitionKey, RowKey = rowKey, ExternalId = ExternalId, Version = Version, Number = Number, ServiceKind = ServiceKind, Status = Status,
        ValidFrom = ValidFrom, ValidTo = ValidTo, CallSign = CallSign, StationCount = StationCount, LowestMHz = LowestMHz, HighestMHz = HighestMHz,
        Places = Places, FrequenciesMHz = FrequenciesMHz, DocumentKind = DocumentKind,
    };
}
