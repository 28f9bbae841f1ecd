using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Xml;
using Portal.Core.Billing;
using Portal.Core.Documents;
using Portal.Core.Storage;

namespace Portal.Core.Permits;

/// <summary>The formats the client's stations are exported in.</summary>
public enum StationFormat
{
    /// <summary>A row per frequency of each station (<see cref="CsvWriter"/>).</summary>
    Csv,

    /// <summary>RFC 7946: a point feature per station with coordinates (a mobile station has none and is left out).</summary>
    GeoJson,

    /// <summary>KML 2.2, as map applications open it: a placemark per station with coordinates.</summary>
    Kml,
}

/// <summary>
/// The client's stations as a file, for their own records and map tools: every permit that the search selects
/// (the list's <see cref="PermitQuery"/>, applied to the permits' own rows within the client's partition), read
/// a storage page at a time and written out as it is read.
/// </summary>
public sealed class PermitExport(PortalStorage storage)
{
    /// <summary>Permits read at a time: their rows carry every station's parameters, up to 30,000 characters each.</summary>
    public int ReadSize { get; init; } = 100;

    public static string MediaType(StationFormat format) => format switch
    {
        StationFormat.Csv => CsvWriter.MediaType,
        StationFormat.GeoJson => "application/geo+json",
        _ => "application/vnd.google-earth.kml+xml",
    };

    public static string Extension(StationFormat format) => format switch
    {
        StationFormat.Csv => "csv",
        StationFormat.GeoJson => "geojson",
        _ => "kml",
    };

    public async Task WriteAsync(string clientId, PermitQuery query, StationFormat format, string language, CsvDialect dialect, Stream output, CancellationToken cancellationToken)
    {
        var pages = PermitsAsync(clientId, query, cancellationToken);
        switch (format)
        {
            case StationFormat.Csv:
                await WriteCsvAsync(pages, language, dialect, output, cancellationToken);
                break;
            case StationFormat.GeoJson:
                await WriteGeoJsonAsync(pages, language, output, cancellationToken);
                break;
            default:
                await WriteKmlAsync(pages, language, output, cancellationToken);
                break;
        }
    }

    /// <summary>The permits the query selects with their stations, a storage page at a time.</summary>
    private async IAsyncEnumerable<IReadOnlyList<(PermitEntity Permit, IReadOnlyList<StationRecord> Stations)>> PermitsAsync(
        string clientId, PermitQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.PermitsTable, cancellationToken);
        var filter = query.Filter(PermitKeys.Partition(clientId), PermitKeys.PermitPrefix);
        var token = default(string);
        do
        {
            (var rows, token) = await table.FilteredPageAsync<PermitEntity>(filter, ReadSize, token, cancellationToken);
            yield return [.. rows.Where(query.Matches).Select(row => (row, row.StationList()))];
        }
        while (token is not null);
    }

    private static async Task WriteCsvAsync(
        IAsyncEnumerable<IReadOnlyList<(PermitEntity Permit, IReadOnlyList<StationRecord> Stations)>> pages, string language, CsvDialect dialect, Stream output, CancellationToken cancellationToken)
    {
        var csv = new CsvWriter(output, dialect);
        string Text(string key) => DocumentText.Get(language, key);
        csv.Row(
            Text("permits.number"), Text("permits.service"), Text("permits.status"), Text("permits.validFrom"), Text("permits.validTo"), Text("permits.callSign"),
            Text("permits.station"), Text("permit.location"), Text("permits.latitude"), Text("permits.longitude"), Text("permits.antennaHeight"), Text("permits.antennaGain"),
            Text("permits.azimuth"), Text("permit.polarization"), Text("permit.equipment"), Text("permit.frequency"), Text("permit.bandwidth"), Text("permit.emission"),
            Text("permit.power"), Text("permit.direction"));
        void Number(decimal? value)
        {
            if (value is { } number)
            {
                // As many decimals as fed: 150.0125 MHz stays 150,0125.
                csv.Number(number, number.Scale);
            }
            else
            {
                csv.Text(null);
            }
        }

        await foreach (var page in pages)
        {
            foreach (var (permit, stations) in page)
            {
                foreach (var station in stations)
                {
                    foreach (var frequency in station.Frequencies ?? [])
                    {
                        csv.Text(permit.Number);
                        csv.Text(Text($"service.{permit.ServiceKind}"));
                        csv.Text(Text($"permits.status.{permit.Status}"));
                        csv.Date(BillingKeys.ParseDate(permit.ValidFrom));
                        csv.Date(permit.ValidTo is { } to ? BillingKeys.ParseDate(to) : null);
                        csv.Text(permit.CallSign);
                        csv.Text(station.Name);
                        csv.Text(station.Location);
                        Number(station.Latitude);
                        Number(station.Longitude);
                        Number(station.AntennaHeightM);
                        Number(station.AntennaGainDbi);
                        Number(station.AzimuthDeg);
                        csv.Text(station.Polarization);
                        csv.Text(station.Equipment);
                        Number(frequency.FrequencyMHz);
                        Number(frequency.BandwidthKHz);
                        csv.Text(frequency.Emission);
                        Number(frequency.PowerW);
                        csv.Text(frequency.Direction);
                        csv.EndRow();
                    }
                }
            }

            await csv.FlushAsync(cancellationToken);
        }
    }

    private static async Task WriteGeoJsonAsync(
        IAsyncEnumerable<IReadOnlyList<(PermitEntity Permit, IReadOnlyList<StationRecord> Stations)>> pages, string language, Stream output, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        await using var json = new Utf8JsonWriter(buffer);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        await foreach (var page in pages)
        {
            foreach (var (permit, stations) in page)
            {
                foreach (var station in stations.Where(s => s.Latitude is not null && s.Longitude is not null))
                {
                    json.WriteStartObject();
                    json.WriteString("type", "Feature");
                    json.WriteStartObject("geometry");
                    json.WriteString("type", "Point");
                    json.WriteStartArray("coordinates");
                    json.WriteNumberValue(station.Longitude!.Value);
                    json.WriteNumberValue(station.Latitude!.Value);
                    json.WriteEndArray();
                    json.WriteEndObject();
                    json.WriteStartObject("properties");
                    json.WriteString("permitId", permit.ExternalId);
                    json.WriteString("permit", permit.Number);
                    json.WriteString("service", permit.ServiceKind);
                    json.WriteString("serviceName", DocumentText.Get(language, $"service.{permit.ServiceKind}"));
                    json.WriteString("status", permit.Status);
                    json.WriteString("callSign", permit.CallSign);
                    json.WriteString("station", station.Name);
                    json.WriteString("location", station.Location);
                    json.WriteStartArray("frequenciesMHz");
                    foreach (var frequency in station.Frequencies ?? [])
                    {
                        json.WriteNumberValue(frequency.FrequencyMHz!.Value);
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                    json.WriteEndObject();
                }
            }

            await DrainAsync(json, buffer, output, cancellationToken);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await DrainAsync(json, buffer, output, cancellationToken);
    }

    private static async Task DrainAsync(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, Stream output, CancellationToken cancellationToken)
    {
        await json.FlushAsync(cancellationToken);
        await output.WriteAsync(buffer.WrittenMemory, cancellationToken);
        buffer.ResetWrittenCount();
    }

    private static async Task WriteKmlAsync(
        IAsyncEnumerable<IReadOnlyList<(PermitEntity Permit, IReadOnlyList<StationRecord> Stations)>> pages, string language, Stream output, CancellationToken cancellationToken)
    {
        const string Kml = "http://www.opengis.net/kml/2.2";
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = true, CloseOutput = false }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("kml", Kml);
            xml.WriteStartElement("Document", Kml);
            xml.WriteElementString("name", Kml, language == "en" ? "Radio stations" : "Radiostacijas");
            await foreach (var page in pages)
            {
                foreach (var (permit, stations) in page)
                {
                    foreach (var station in stations.Where(s => s.Latitude is not null && s.Longitude is not null))
                    {
                        var frequencies = string.Join(", ", (station.Frequencies ?? []).Select(f => f.FrequencyMHz!.Value.ToString(CultureInfo.InvariantCulture) + " MHz"));
                        xml.WriteStartElement("Placemark", Kml);
                        xml.WriteElementString("name", Kml, $"{permit.Number} {station.Name}");
                        xml.WriteElementString(
                            "description", Kml,
                            string.Join("\n", new[] { DocumentText.Get(language, $"service.{permit.ServiceKind}"), permit.CallSign, station.Location, frequencies }.Where(t => !string.IsNullOrEmpty(t))));
                        xml.WriteStartElement("Point", Kml);
                        xml.WriteElementString(
                            "coordinates", Kml, string.Create(CultureInfo.InvariantCulture, $"{station.Longitude!.Value},{station.Latitude!.Value}"));
                        xml.WriteEndElement();
                        xml.WriteEndElement();
                    }
                }

                await DrainAsync(xml, buffer, output, cancellationToken);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
            await DrainAsync(xml, buffer, output, cancellationToken);
        }
    }

    private static async Task DrainAsync(XmlWriter xml, MemoryStream buffer, Stream output, CancellationToken cancellationToken)
    {
        xml.Flush();
        await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
        buffer.SetLength(0);
    }
}
