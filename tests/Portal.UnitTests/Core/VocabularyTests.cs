using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Core;
using Portal.Core.Billing;
using Portal.Core.Clients;
using Portal.Core.Permits;
using Portal.Functions;
using Portal.Functions.Clients;

namespace Portal.UnitTests.Core;

/// <summary>Domain values are enums inside and kebab-case words at the edge: one list each, every member with its word.</summary>
public sealed partial class VocabularyTests
{
    public static TheoryData<Type> Vocabularies() => [.. VocabularyTypes()];

    [Fact]
    public void Vocabularies_AreTheDomainsClosedSets()
    {
        var names = VocabularyTypes().Select(type => type.Name).ToList();

        Assert.Equal(
            ["AttachmentStatus", "BillingAccountStatus", "BillingArrangement", "ClientKind", "ExternalNext", "HistoryEntryKind", "InvoiceKind", "InvoicePaymentState", "InvoiceSort", "InvoiceState", "InvoiceStatus", "PaymentOrderFlag", "PaymentOrderKind", "PaymentOrderStatus", "PermitStatus", "ReminderKind", "ReportFormat", "ReportKind", "ReportStatus", "Scope", "ServiceKind", "SubmissionStatus"],
            names);
    }

    [Theory]
    [MemberData(nameof(Vocabularies))]
    public void EveryMember_HasOneKebabCaseWord_ThatParsesBackAndIsItsJson(Type type)
    {
        typeof(VocabularyTests).GetMethod(nameof(CheckWords), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type).Invoke(null, null);
    }

    [Fact]
    public void TheWords_AreTheOnesTheBackOfficeAndTheUiUse()
    {
        Assert.Equal(["land-mobile", "fixed-links", "broadcasting", "satellite-earth-stations", "maritime", "aeronautical", "amateur"], Vocabulary<ServiceKind>.Texts);
        Assert.Equal(["advance-payment", "monthly-invoice", "quarterly-invoice", "e-invoice"], Vocabulary<BillingArrangement>.Texts);
        Assert.Equal(["finance", "technical", "submit", "admin"], Vocabulary<Scope>.Texts);
        Assert.Equal(["invoice", "credit-note"], Vocabulary<InvoiceKind>.Texts);
    }

    [Fact]
    [Trait("Clause", "2.3")]
    public void ClientKinds_AreANaturalAndALegalPerson_AndNothingElseParses()
    {
        Assert.Equal(["natural", "legal"], Vocabulary<ClientKind>.Texts);
        Assert.Null(Vocabulary<ClientKind>.Parse("trust"));
        Assert.Null(Vocabulary<ClientKind>.Parse("Legal"));
    }

    [Fact]
    public void Parse_IsExact_AsTheApiAndTheFeedAre()
    {
        Assert.Equal(ServiceKind.FixedLinks, Vocabulary<ServiceKind>.Parse("fixed-links"));
        Assert.Null(Vocabulary<ServiceKind>.Parse("Fixed-Links"));
        Assert.Null(Vocabulary<ServiceKind>.Parse("FixedLinks"));
        Assert.Null(Vocabulary<ServiceKind>.Parse(null));
    }

    [Fact]
    public void Stored_AnUnknownWord_IsAFaultNamingTheWord()
    {
        var fault = Assert.Throws<InvalidOperationException>(() => Vocabulary<InvoiceStatus>.Stored("paid"));

        Assert.Contains("'paid'", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scopes_ParseInTheirUsualOrder_AndRefuseAnUnknownOne()
    {
        Assert.Equal([Scope.Finance, Scope.Admin], Scopes.Parse([" Admin", "finance", "admin"]));
        Assert.Null(Scopes.Parse(["finance", "owner"]));
        Assert.Null(Scopes.Parse(["finance", null]));
        Assert.Null(Scopes.Parse([]));
        Assert.Equal("finance,admin", Scopes.Join([Scope.Finance, Scope.Admin]));
        Assert.Equal([Scope.Technical, Scope.Submit], Scopes.Split("technical,submit"));
    }

    [Fact]
    public void AResponse_WritesTheWords_ThroughTheSourceGeneratedContext()
    {
        var overview = new ClientOverview("c1", "SIA Radio Viļņi", ClientKind.Legal, BillingArrangement.EInvoice, [ServiceKind.SatelliteEarthStations], [Scope.Finance, Scope.Admin], ["overview"]);

        var json = JsonSerializer.Serialize(overview, PortalJsonContext.Default.ClientOverview);

        Assert.Contains("\"kind\":\"legal\"", json, StringComparison.Ordinal);
        Assert.Contains("\"billingArrangement\":\"e-invoice\"", json, StringComparison.Ordinal);
        Assert.Contains("\"services\":[\"satellite-earth-stations\"]", json, StringComparison.Ordinal);
        Assert.Contains("\"scopes\":[\"finance\",\"admin\"]", json, StringComparison.Ordinal);
    }

    private static List<Type> VocabularyTypes() =>
        [.. typeof(Vocabulary<>).Assembly.GetTypes()
            .Where(type => type.IsEnum && type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Any(field => field.GetCustomAttribute<System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute>() is not null))
            .OrderBy(type => type.Name, StringComparer.Ordinal)];

    private static void CheckWords<T>()
        where T : struct, Enum
    {
        Assert.Equal(Enum.GetValues<T>(), Vocabulary<T>.All);
        Assert.Equal(Vocabulary<T>.Texts.Count, Vocabulary<T>.Texts.Distinct(StringComparer.Ordinal).Count());
        foreach (var value in Vocabulary<T>.All)
        {
            var word = value.Text();
            Assert.Matches(KebabCase(), word);
            Assert.Equal(value, Vocabulary<T>.Parse(word));
            Assert.Equal($"\"{word}\"", JsonSerializer.Serialize(value));
        }
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();
}
