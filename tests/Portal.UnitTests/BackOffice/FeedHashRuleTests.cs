using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Portal.Core.BackOffice;
using Portal.Core.Billing;
using Portal.Core.Clients;
using Portal.Core.Permits;

namespace Portal.UnitTests.BackOffice;

/// <summary>
/// The content-hash rule of the back-office contract (docs/backoffice-contract.md, "Content hash"):
/// contract 1's properties are hashed as every stored version was, an absent one as null, in this
/// order; a property added since enters the hash only when it has a value, so a replay of a version
/// stored before it existed still compares equal.
/// </summary>
public sealed class FeedHashRuleTests
{
    /// <summary>Each record kind's properties in contract 1, by their JSON names, in the order they are hashed.</summary>
    private static Dictionary<Type, string[]> Contract1 => new()
    {
        [typeof(ClientRecord)] = ["externalId", "version", "kind", "name", "personalCode", "registrationNumber", "address", "email", "phone", "billingArrangement", "services"],
        [typeof(BillingAccountRecord)] = ["externalId", "version", "clientExternalId", "number", "name", "billingArrangement", "invoiceEmail", "status"],
        [typeof(InvoiceRecord)] = ["externalId", "version", "clientExternalId", "number", "kind", "issuedOn", "dueOn", "amount", "status", "billingAccountExternalId"],
        [typeof(PaymentRecord)] = ["externalId", "version", "clientExternalId", "receivedOn", "amount"],
        [typeof(PermitRecord)] = ["externalId", "version", "clientExternalId", "number", "serviceKind", "status", "validFrom", "validTo", "callSign", "stations"],
        [typeof(StationRecord)] = ["name", "location", "latitude", "longitude", "antennaHeightM", "antennaGainDbi", "azimuthDeg", "polarization", "equipment", "frequencies"],
        [typeof(FrequencyRecord)] = ["frequencyMHz", "bandwidthKHz", "emission", "powerW", "direction"],
    };

    public static TheoryData<string> RecordKinds() => Rows();

    [Theory]
    [MemberData(nameof(RecordKinds))]
    public void Contract1Properties_AreHashedInTheirOrder_AndEveryLaterOne_OnlyWithAValue(string kind)
    {
        var (type, contract1) = Contract1.Single(c => c.Key.Name == kind);
        var typeInfo = FeedJson.Default.GetTypeInfo(type)!;

        Assert.Equal(contract1, typeInfo.Properties.OrderBy(p => p.Order).Take(contract1.Length).Select(p => p.Name));

        // A record with nothing in it: contract 1's properties are written (as null), none added since.
        var written = JsonNode.Parse(JsonSerializer.Serialize(RuntimeHelpers.GetUninitializedObject(type), typeInfo))!.AsObject().Select(p => p.Key);
        Assert.True(
            written.SequenceEqual(contract1),
            $"{type.Name} writes {string.Join(", ", written.Except(contract1))} when empty: a property added after contract 1 enters the content hash only with a value, so declare it nullable with [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)].");
    }

    [Fact]
    public void AnOptionalPropertyAddedLater_LeavesTheHashOfARecordWithoutIt_AsStored()
    {
        var stored = ContentHash.Of(new Before("inv-1", 3, null), Probes.Default.Before);

        Assert.Equal(stored, ContentHash.Of(new After("inv-1", 3, null), Probes.Default.After));
        Assert.NotEqual(stored, ContentHash.Of(new After("inv-1", 3, null, "RF18 1234"), Probes.Default.After));
        // Contract 1's own optional properties keep entering as null: leaving one out would change every stored hash.
        Assert.NotEqual(stored, ContentHash.Of(new Without("inv-1", 3), Probes.Default.Without));
    }

    private static TheoryData<string> Rows()
    {
        var rows = new TheoryData<string>();
        foreach (var type in Contract1.Keys)
        {
            rows.Add(type.Name);
        }

        return rows;
    }
}

internal sealed record Before(string? ExternalId, long? Version, string? Status);

internal sealed record After(
    string? ExternalId,
    long? Version,
    string? Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PaymentReference = null);

internal sealed record Without(string? ExternalId, long? Version);

/// <summary>The feed's serializer settings (FeedJson), for records made up to show the rule.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Before))]
[JsonSerializable(typeof(After))]
[JsonSerializable(typeof(Without))]
internal sealed partial class Probes : JsonSerializerContext;
