using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Azure;
using Azure.Data.Tables;
using Portal.Core.BackOffice;
using Portal.Core.Billing;
using Portal.Core.Clients;
using Portal.Core.Notifications;
using Portal.Core.Outcomes;
using Portal.Core.Storage;

namespace Portal.Core.Permits;

/// <summary>Permits with their technical parameters (§2.10) from the back office, by external id and version.</summary>
public sealed partial class PermitFeed(PortalStorage storage, ClientStore clients, TimeProvider time)
{
    public const int MaxStations = 20;
    public const int MaxFrequencies = 50;

    /// <summary>What a permit's stations may take in the permit's row (a string property holds 32K characters).</summary>
    public const int MaxParametersLength = 30_000;

    public static IReadOnlyList<string> Polarizations { get; } = ["horizontal", "vertical", "circular-right", "circular-left", "dual"];

    public static IReadOnlyList<string> Directions { get; } = ["tx", "rx", "txrx"];

    public Task<IReadOnlyList<FeedResult>> UpsertAsync(IReadOnlyList<PermitRecord> records, CancellationToken cancellationToken) =>
        PartitionFeed.ByClientAsync<PermitRecord, ValidPermit>(clients, records, Validate, ApplyAsync, cancellationToken);

    private async Task ApplyAsync(Client client, IReadOnlyList<Fed<PermitRecord, ValidPermit>> group, FeedResult?[] results, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.PermitsTable, cancellationToken);
        var partition = PermitKeys.Partition(client.Id);
        var items = new List<FeedItem<ValidPermit>>();
        foreach (var (index, record, valid) in group)
        {
            if (client.Kind == ClientKind.Natural && !ServiceKinds.ForNatural.Contains(valid.ServiceKind))
            {
                results[index] = FeedResult.Rejected(valid.ExternalId, "serviceKind", $"A natural person holds permits only of: {ServiceKinds.ForNaturalText}.");
            }
            else
            {
                items.Add(new(index, valid, ContentHash.Of(record, FeedJson.Default.PermitRecord)));
            }
        }

        var claimed = await PartitionFeed.ClaimAsync(storage, "permit", client.Id, items, results, cancellationToken);

        // Each end date gets its reminder day-index row before the permits are written (permits are few).
        var today = RigaCalendar.DateOf(time.GetUtcNow());
        foreach (var end in claimed.Select(c => c.Record.ValidTo).OfType<DateOnly>().Distinct().Where(end => ReminderIndex.StillRead(end, today)))
        {
            await ReminderIndex.AddAsync(storage, ReminderIndex.Expires(end), client.Id, cancellationToken);
        }

        await PartitionFeed.WriteAsync<ValidPermit, PermitEntity, BalanceEntity>(
            table, partition, PermitKeys.PermitPrefix, claimed, results, actionsFor: (_, existing) => existing is null ? 5 : 8, aggregateRow: null,
            (item, existing, _, _, actions) =>
            {
                var record = item.Record;
                var permit = new PermitEntity
                {
                    PartitionKey = partition,
                    RowKey = PermitKeys.PermitPrefix + item.ExternalId,
                    ExternalId = item.ExternalId,
                    Version = record.Version,
                    ContentHash = item.Hash,
                    Number = record.Number,
                    ServiceKind = record.ServiceKind.Text(),
                    Status = record.Status.Text(),
                    ValidFrom = BillingKeys.Date(record.ValidFrom),
                    ValidTo = record.ValidTo is { } to ? BillingKeys.Date(to) : null,
                    CallSign = record.CallSign,
                    StationCount = record.Stations.Count,
                    LowestMHz = record.LowestMHz,
                    HighestMHz = record.HighestMHz,
                    Stations = JsonSerializer.Serialize(record.Stations, FeedJson.Default.IReadOnlyListStationRecord),
                    Places = Places(record.Stations),
                    FrequenciesMHz = string.Join(' ', record.Stations.SelectMany(s => s.Frequencies!).Select(f => f!.FrequencyMHz!.Value).Distinct().Order().Select(f => f.ToString(CultureInfo.InvariantCulture))),
                    DocumentKind = existing?.DocumentKind,
                };
                actions.Add(existing is null ? new(TableTransactionActionType.Add, permit) : new(TableTransactionActionType.UpdateReplace, permit, existing.ETag));

                // The version as fed, for the permit's history: its own row, written with the permit.
                var version = permit.Summary(PermitKeys.Version(item.ExternalId, record.Version));
                version.Stations = permit.Stations;
                version.ContentHash = item.Hash;
                actions.Add(new(TableTransactionActionType.UpsertReplace, version));
                var indexRows = PermitKeys.IndexRows(permit);
                foreach (var old in existing is null ? [] : PermitKeys.IndexRows(existing).Except(indexRows))
                {
                    actions.Add(new(TableTransactionActionType.Delete, new TableEntity(partition, old), ETag.All));
                }

                foreach (var row in indexRows)
                {
                    actions.Add(new(TableTransactionActionType.UpsertReplace, permit.Summary(row)));
                }

                return ValueTask.FromResult(true);
            },
            cancellationToken);
    }

    /// <summary>The stations' names and places, a line each, as a search by place reads them.</summary>
    private static string Places(IReadOnlyList<StationRecord> stations) =>
        string.Join('\n', stations.SelectMany(s => new[] { s.Name, s.Location }).OfType<string>().Where(text => text.Length > 0).Distinct(StringComparer.Ordinal));

    [GeneratedRegex("^(?=[0-9]*[HKMG][0-9]*$)[0-9HKMG]{4}$")]
    private static partial Regex Bandwidth();

    [GeneratedRegex("^[A-Z][0-9X][A-Z]([A-Z]{2})?$")]
    private static partial Regex EmissionClass();

    [GeneratedRegex("^[A-Z0-9/]{1,20}$")]
    private static partial Regex CallSign();

    /// <summary>An ITU emission designator: four characters of necessary bandwidth (one of H, K, M, G as the decimal point), then the class (three, optionally five).</summary>
    public static bool IsEmission(string? emission) =>
        emission is { Length: 7 or 9 } && Bandwidth().IsMatch(emission[..4]) && EmissionClass().IsMatch(emission[4..]);

    private static Outcome<ValidPermit> Validate(PermitRecord record)
    {
        var errors = FeedValidation.Start(record, belongsToClient: true, record.ClientExternalId);
        errors.Number(record.Number);

        if (!Vocabulary<ServiceKind>.TryParse(record.ServiceKind, out var serviceKind))
        {
            errors.Add("serviceKind", Vocabulary<ServiceKind>.OneOf);
        }

        if (!Vocabulary<PermitStatus>.TryParse(record.Status, out var status))
        {
            errors.Add("status", Vocabulary<PermitStatus>.OneOf);
        }

        if (record.ValidFrom is null)
        {
            errors.Add("validFrom", "Required (yyyy-MM-dd).");
        }
        else if (record.ValidTo < record.ValidFrom)
        {
            errors.Add("validTo", "Not before validFrom.");
        }

        if (record.CallSign is { Length: > 0 } callSign && !CallSign().IsMatch(callSign.Trim()))
        {
            errors.Add("callSign", "At most 20 capital letters, digits and /.");
        }

        if (record.Stations is not { Count: > 0 and <= MaxStations } stations)
        {
            errors.Add("stations", $"1 to {MaxStations} stations.");
            return new Failure.Invalid(errors);
        }

        for (var s = 0; s < stations.Count; s++)
        {
            ValidateStation(stations[s], errors.At("stations", s));
        }

        if (errors.IsEmpty && JsonSerializer.Serialize(stations, FeedJson.Default.IReadOnlyListStationRecord).Length > MaxParametersLength)
        {
            errors.Add("stations", $"The technical parameters take more than {MaxParametersLength} characters; split the permit's stations.");
        }

        if (!errors.IsEmpty)
        {
            return new Failure.Invalid(errors);
        }

        var frequencies = stations.SelectMany(station => station!.Frequencies!).Select(frequency => (double)frequency!.FrequencyMHz!.Value).ToList();
        return new ValidPermit(
            record.ExternalId!, record.Version!.Value, record.ClientExternalId!, record.Number!.Trim(), serviceKind, status, record.ValidFrom!.Value, record.ValidTo,
            string.IsNullOrWhiteSpace(record.CallSign) ? null : record.CallSign.Trim(), stations, frequencies.Min(), frequencies.Max());
    }

    private static void ValidateStation(StationRecord? station, FieldErrors errors)
    {
        if (station is null)
        {
            errors.Add("A station, not null.");
            return;
        }

        if (string.IsNullOrWhiteSpace(station.Name) || station.Name.Length > 100)
        {
            errors.Add("name", "Required, at most 100 characters.");
        }

        if ((station.Location?.Length ?? 0) > 200)
        {
            errors.Add("location", "At most 200 characters.");
        }

        if ((station.Latitude is null) != (station.Longitude is null))
        {
            errors.Add("latitude", "Latitude and longitude come together, or neither (a mobile station).");
        }

        Range(station.Latitude, -90, 90, 6, errors, "latitude");
        Range(station.Longitude, -180, 180, 6, errors, "longitude");
        Range(station.AntennaHeightM, 0, 500, 1, errors, "antennaHeightM");
        Range(station.AntennaGainDbi, -10, 80, 1, errors, "antennaGainDbi");
        if (station.AzimuthDeg is >= 360)
        {
            errors.Add("azimuthDeg", "From 0 to less than 360 degrees.");
        }

        Range(station.AzimuthDeg, 0, 360, 1, errors, "azimuthDeg");
        if (station.Polarization is not null && !Polarizations.Contains(station.Polarization))
        {
            errors.Add("polarization", $"One of: {string.Join(", ", Polarizations)}.");
        }

        if ((station.Equipment?.Length ?? 0) > 100)
        {
            errors.Add("equipment", "At most 100 characters.");
        }

        if (station.Frequencies is not { Count: > 0 and <= MaxFrequencies } frequencies)
        {
            errors.Add("frequencies", $"1 to {MaxFrequencies} frequencies.");
            return;
        }

        for (var f = 0; f < frequencies.Count; f++)
        {
            var frequency = frequencies[f];
            var here = errors.At("frequencies", f);
            if (frequency is null)
            {
                here.Add("A frequency, not null.");
                continue;
            }

            if (frequency.FrequencyMHz is not > 0)
            {
                here.Add("frequencyMHz", "Required: above 0 and at most 300000 MHz.");
            }

            Range(frequency.FrequencyMHz, 0, 300_000, 6, here, "frequencyMHz");
            if (frequency.BandwidthKHz is not > 0)
            {
                here.Add("bandwidthKHz", "Required: above 0 and at most 1000000 kHz.");
            }

            Range(frequency.BandwidthKHz, 0, 1_000_000, 3, here, "bandwidthKHz");
            if (!IsEmission(frequency.Emission))
            {
                here.Add("emission", "An ITU emission designator, such as 16K0F3E or 28M0G7W.");
            }

            if (frequency.PowerW is <= 0)
            {
                here.Add("powerW", "Above 0 W, or none.");
            }

            Range(frequency.PowerW, 0, 10_000_000, 3, here, "powerW");
            if (frequency.Direction is null || !Directions.Contains(frequency.Direction))
            {
                here.Add("direction", "tx, rx or txrx.");
            }
        }
    }

    private static void Range(decimal? value, decimal min, decimal max, int decimals, FieldErrors errors, string field)
    {
        if (value is { } v && (v < min || v > max || decimal.Round(v, decimals) != v))
        {
            errors.Add(field, string.Create(CultureInfo.InvariantCulture, $"From {min} to {max}, with at most {decimals} decimals."));
        }
    }
}
