using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Portal.Core.BackOffice;
using Portal.Core.Billing;
using Portal.Core.Clients;
using Portal.Core.Permits;

namespace Portal.UnitTests.BackOffice;

/// <summary>
/// The content hash the back-office feed stores with each version of each record kind, pinned byte
/// for byte: ContentHash.Of over FeedJson's serialization (web defaults: camelCase names, nulls
/// written, non-ASCII escaped as \uXXXX, decimals with the scale they came with, dates yyyy-MM-dd).
/// A replay of a version already stored is told "unchanged" only when its hash equals the stored
/// one, so a literal here must never be updated to make an existing record kind pass: every version
/// stored before the change would stop comparing equal, and the back office's replays would be
/// refused as "held with other content" (or answered "updated") instead of "unchanged". Turning a
/// string field into an enum or value type, renaming, adding (even a null) or reordering a field,
/// or changing the encoder or number format must keep these bytes. A deliberate contract change
/// needs a migration note (how stored hashes are recomputed or old ones still accepted), not a new
/// literal.
/// </summary>
public sealed class FeedContentHashTests
{
    [Fact]
    public void ClientRecord_Legal_AsClientFeedStoresIt_IsPinned()
    {
        var raw = new ClientRecord(
            ExternalId: "client-40003123456",
            Version: 7,
            Kind: "legal",
            Name: "  SIA Radio Viļņi  ",
            PersonalCode: "010101-10006",
            RegistrationNumber: " 40003123456 ",
            Address: "Zaķusalas krastmala 1, Rīga, LV-1050",
            Email: "birojs@radiovilni.lv",
            Phone: "+371 67 123 456",
            BillingArrangement: "monthly-invoice",
            Services: ["broadcasting", "fixed-links", "land-mobile", "fixed-links"]);

        AssertPinned(
            NormalizedAsClientFeedDoes(raw),
            FeedJson.Default.ClientRecord,
            """{"externalId":"client-40003123456","version":7,"kind":"legal","name":"SIA Radio Vi\u013C\u0146i","personalCode":null,"registrationNumber":"40003123456","address":"Za\u0137usalas krastmala 1, R\u012Bga, LV-1050","email":"birojs@radiovilni.lv","phone":"\u002B371 67 123 456","billingArrangement":"monthly-invoice","services":["land-mobile","fixed-links","broadcasting"]}""",
            "26fff8fcc9595ffdf9bc32f8860ee11c57eae38acc37b42e9c59a18a23bf9bc1");

        // Another spelling of the same client (other whitespace, other order of services) is the same content.
        var respelled = raw with { Name = " SIA Radio Viļņi   ", RegistrationNumber = "40003123456", Services = ["land-mobile", "broadcasting", "fixed-links"] };
        Assert.Equal("26fff8fcc9595ffdf9bc32f8860ee11c57eae38acc37b42e9c59a18a23bf9bc1", ContentHash.Of(NormalizedAsClientFeedDoes(respelled), FeedJson.Default.ClientRecord));
    }

    [Fact]
    public void ClientRecord_Natural_AsClientFeedStoresIt_IsPinned()
    {
        var raw = new ClientRecord(
            ExternalId: "client-p-000815",
            Version: 2,
            Kind: "natural",
            Name: " Jānis Bērziņš ",
            PersonalCode: " 321234-56789 ",
            RegistrationNumber: "40003123456",
            Address: "Ģertrūdes iela 12-3, Rīga, LV-1010",
            Email: "janis.berzins@example.lv",
            Phone: "+371 29 123 456",
            BillingArrangement: "advance-payment",
            Services: ["amateur", "maritime", "amateur"]);

        AssertPinned(
            NormalizedAsClientFeedDoes(raw),
            FeedJson.Default.ClientRecord,
            """{"externalId":"client-p-000815","version":2,"kind":"natural","name":"J\u0101nis B\u0113rzi\u0146\u0161","personalCode":"32123456789","registrationNumber":null,"address":"\u0122ertr\u016Bdes iela 12-3, R\u012Bga, LV-1010","email":"janis.berzins@example.lv","phone":"\u002B371 29 123 456","billingArrangement":"advance-payment","services":["maritime","amateur"]}""",
            "2685a46afdc4ba248e93161c5932726d28de794cab9106cdc0d933481729439f");
    }

    [Fact]
    public void PermitRecord_WithStationsAndFrequencies_IsPinned()
    {
        // Decimals keep the scale they were fed with (38.0, 19735.500000, 27500.000): part of the hashed bytes.
        var record = new PermitRecord(
            ExternalId: "permit-2024-00172",
            Version: 3,
            ClientExternalId: "client-40003123456",
            Number: "AT-2024/0172",
            ServiceKind: "fixed-links",
            Status: "valid",
            ValidFrom: new DateOnly(2024, 3, 1),
            ValidTo: new DateOnly(2029, 2, 28),
            CallSign: "YL2RV/P",
            Stations:
            [
                new StationRecord(
                    Name: "Zaķusalas TV tornis",
                    Location: "Zaķusalas krastmala 1, Rīga",
                    Latitude: 56.925417m,
                    Longitude: 24.137083m,
                    AntennaHeightM: 120.5m,
                    AntennaGainDbi: 38.0m,
                    AzimuthDeg: 74.2m,
                    Polarization: "vertical",
                    Equipment: "Ericsson MINI-LINK 6352",
                    Frequencies:
                    [
                        new FrequencyRecord(FrequencyMHz: 18725.5m, BandwidthKHz: 27500m, Emission: "28M0G7W", PowerW: 0.125m, Direction: "tx"),
                        new FrequencyRecord(FrequencyMHz: 19735.500000m, BandwidthKHz: 27500.000m, Emission: "28M0G7W", PowerW: 0.125m, Direction: "rx"),
                    ]),
                new StationRecord(
                    Name: "Ogres atkārtotājs",
                    Location: "Ķeguma prospekts 5, Ogre",
                    Latitude: 56.816667m,
                    Longitude: 24.6m,
                    AntennaHeightM: 42m,
                    AntennaGainDbi: -1.5m,
                    AzimuthDeg: 254.2m,
                    Polarization: "circular-right",
                    Equipment: "Motorola MTR3000 (Līvāni)",
                    Frequencies:
                    [
                        new FrequencyRecord(FrequencyMHz: 446.00625m, BandwidthKHz: 12.5m, Emission: "11K0F3E", PowerW: 25m, Direction: "txrx"),
                    ]),
            ]);

        AssertPinned(
            record,
            FeedJson.Default.PermitRecord,
            """{"externalId":"permit-2024-00172","version":3,"clientExternalId":"client-40003123456","number":"AT-2024/0172","serviceKind":"fixed-links","status":"valid","validFrom":"2024-03-01","validTo":"2029-02-28","callSign":"YL2RV/P","stations":[{"name":"Za\u0137usalas TV tornis","location":"Za\u0137usalas krastmala 1, R\u012Bga","latitude":56.925417,"longitude":24.137083,"antennaHeightM":120.5,"antennaGainDbi":38.0,"azimuthDeg":74.2,"polarization":"vertical","equipment":"Ericsson MINI-LINK 6352","frequencies":[{"frequencyMHz":18725.5,"bandwidthKHz":27500,"emission":"28M0G7W","powerW":0.125,"direction":"tx"},{"frequencyMHz":19735.500000,"bandwidthKHz":27500.000,"emission":"28M0G7W","powerW":0.125,"direction":"rx"}]},{"name":"Ogres atk\u0101rtot\u0101js","location":"\u0136eguma prospekts 5, Ogre","latitude":56.816667,"longitude":24.6,"antennaHeightM":42,"antennaGainDbi":-1.5,"azimuthDeg":254.2,"polarization":"circular-right","equipment":"Motorola MTR3000 (L\u012Bv\u0101ni)","frequencies":[{"frequencyMHz":446.00625,"bandwidthKHz":12.5,"emission":"11K0F3E","powerW":25,"direction":"txrx"}]}]}""",
            "2688056ea53846affc716d581251ddd587d6e1315a1564d3e5ffac79d14889a4");
    }

    [Fact]
    public void InvoiceRecord_OnABillingAccount_IsPinned()
    {
        var record = new InvoiceRecord(
            ExternalId: "inv-2025-000481",
            Version: 2,
            ClientExternalId: "client-40003123456",
            Number: "RV-2025/481",
            Kind: "invoice",
            IssuedOn: new DateOnly(2025, 1, 15),
            DueOn: new DateOnly(2025, 2, 14),
            Amount: 1234.50m,
            Status: "issued",
            BillingAccountExternalId: "acct-radio-vilni-1");

        AssertPinned(
            record,
            FeedJson.Default.InvoiceRecord,
            """{"externalId":"inv-2025-000481","version":2,"clientExternalId":"client-40003123456","number":"RV-2025/481","kind":"invoice","issuedOn":"2025-01-15","dueOn":"2025-02-14","amount":1234.50,"status":"issued","billingAccountExternalId":"acct-radio-vilni-1"}""",
            "5beb1a7935bbbf31a36beb9c04e2124edd91fb5b5abf12372d9da9c35b01ee0f");
    }

    [Fact]
    public void InvoiceRecord_ACancelledCreditNoteWithoutDueDateOrAccount_IsPinned()
    {
        var record = new InvoiceRecord(
            ExternalId: "cn-2025-000017",
            Version: 5,
            ClientExternalId: "client-p-000815",
            Number: "KR-2025/17",
            Kind: "credit-note",
            IssuedOn: new DateOnly(2025, 3, 31),
            DueOn: null,
            Amount: 19.9m,
            Status: "cancelled");

        AssertPinned(
            record,
            FeedJson.Default.InvoiceRecord,
            """{"externalId":"cn-2025-000017","version":5,"clientExternalId":"client-p-000815","number":"KR-2025/17","kind":"credit-note","issuedOn":"2025-03-31","dueOn":null,"amount":19.9,"status":"cancelled","billingAccountExternalId":null}""",
            "bd2e78033484ab828cf0b0d87cb22db4466ac8f4827a5edf0aff47cfb7e49c7c");
    }

    [Fact]
    public void PaymentRecord_IsPinned()
    {
        var record = new PaymentRecord(
            ExternalId: "pay-2025-0091",
            Version: 1,
            ClientExternalId: "client-40003123456",
            ReceivedOn: new DateOnly(2025, 2, 10),
            Amount: 1234.50m);

        AssertPinned(
            record,
            FeedJson.Default.PaymentRecord,
            """{"externalId":"pay-2025-0091","version":1,"clientExternalId":"client-40003123456","receivedOn":"2025-02-10","amount":1234.50}""",
            "fd04a2073997a033ce40900083af47ac6b26febe9e38334b7ae79f07d91a0710");
    }

    [Fact]
    public void BillingAccountRecord_IsPinned()
    {
        var record = new BillingAccountRecord(
            ExternalId: "acct-radio-vilni-1",
            Version: 4,
            ClientExternalId: "client-40003123456",
            Number: "NK-000123",
            Name: "SIA Radio Viļņi — Rīgas studija",
            BillingArrangement: "quarterly-invoice",
            InvoiceEmail: "rekini@radiovilni.lv",
            Status: "open");

        AssertPinned(
            record,
            FeedJson.Default.BillingAccountRecord,
            """{"externalId":"acct-radio-vilni-1","version":4,"clientExternalId":"client-40003123456","number":"NK-000123","name":"SIA Radio Vi\u013C\u0146i \u2014 R\u012Bgas studija","billingArrangement":"quarterly-invoice","invoiceEmail":"rekini@radiovilni.lv","status":"open"}""",
            "8606f14b1980c2398b6db839e4205db81653cc505087fbbf4592662f66ccb0e5");
    }

    /// <summary>What ClientFeed.UpsertAsync hashes: the record as the back office means it (name trimmed, the identity of its kind normalized, services deduplicated in their enum's order).</summary>
    private static ClientRecord NormalizedAsClientFeedDoes(ClientRecord record) =>
        ClientFeed.Normalized(record) ?? throw new InvalidOperationException("The sample client record does not validate.");

    /// <summary>The exact bytes hashed (so a failure shows which field changed), then the hash stored.</summary>
    private static void AssertPinned<T>(T record, JsonTypeInfo<T> type, string canonicalJson, string hash)
    {
        Assert.Equal(canonicalJson, Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(record, type)));
        Assert.Equal(hash, ContentHash.Of(record, type));
    }
}
