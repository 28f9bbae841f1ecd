using System.Text.Json;
using Portal.Core.Permits;
using Portal.Core.Submissions;

namespace Portal.UnitTests.Submissions;

/// <summary>An amendment begins from the permit's stored values, in the forms' technical model, and keeps them as they were however it is saved.</summary>
public sealed class PermitPrefillTests
{
    private static readonly Permit _permit = new("P-1", "AT-2023-00412", ServiceKind.LandMobile, PermitStatus.Valid, new DateOnly(2023, 5, 1), null, null,
    [
        new("Dispečeru centrs", "Eksporta iela 5, Rīga", 56.962345m, 24.098765m, 35m, 6m, null, "vertical", "Motorola DM4600",
        [
            new(446.1125m, 12.5m, "7K60FXE", 25m, "tx"),
            new(456.1125m, 12.5m, "7K60FXE", null, "txrx"),
        ]),
    ], null);

    private static readonly FormDefinition _amendment = FormCatalog.Shipped.NewestOf("amendment")!;

    [Fact]
    public void Content_IsThePermitsValues_InTheFormsModel_WithTheSameValuesAsBefore()
    {
        var content = PermitPrefill.Content(_permit);

        Assert.Equal("P-1", content.GetProperty("permitId").GetString());
        Assert.Equal("AT-2023-00412", content.GetProperty("before").GetProperty("number").GetString());
        Assert.True(JsonElement.DeepEquals(content.GetProperty("before").GetProperty("stations"), content.GetProperty("stations")));
        var station = content.GetProperty("stations")[0];
        Assert.Equal("Eksporta iela 5, Rīga", station.GetProperty("address").GetString());
        Assert.False(station.TryGetProperty("azimuthDeg", out _));
        Assert.Equal(["transmit", "both"], station.GetProperty("frequencies").EnumerateArray().Select(f => f.GetProperty("direction").GetString()));
        Assert.False(station.GetProperty("frequencies")[1].TryGetProperty("powerW", out _));
        Assert.Equal(446.1125m, station.GetProperty("frequencies")[0].GetProperty("frequencyMHz").GetDecimal());

        // Only what the user must still give is missing: the reason.
        Assert.Equal(["reason"], FormValidation.Validate(_amendment, content).Keys);
    }

    [Fact]
    public void KeepSnapshots_SavesTheUsersChanges_ButNotAnotherPermitOrOtherBeforeValues()
    {
        var stored = PermitPrefill.Content(_permit).GetRawText();
        using var edited = JsonDocument.Parse("""
            { "permitId": "P-OTHER", "before": { "number": "forged" }, "reason": "Jauna frekvence",
              "stations": [ { "name": "Dispečeru centrs", "address": "Eksporta iela 5, Rīga", "latitude": 56.96, "longitude": 24.1, "antennaHeightM": 40,
                "frequencies": [ { "frequencyMHz": 447, "bandwidthKHz": 12.5, "emission": "7K60FXE", "direction": "transmit" } ] } ] }
            """);

        var saved = PermitPrefill.KeepSnapshots(_amendment, stored, edited.RootElement);

        Assert.Equal("P-1", saved.GetProperty("permitId").GetString());
        Assert.Equal("AT-2023-00412", saved.GetProperty("before").GetProperty("number").GetString());
        Assert.Equal(447, saved.GetProperty("stations")[0].GetProperty("frequencies")[0].GetProperty("frequencyMHz").GetInt32());
        Assert.Equal("Jauna frekvence", saved.GetProperty("reason").GetString());

        var freeForm = FormCatalog.Shipped.NewestOf("free-form")!;
        Assert.Equal(edited.RootElement.GetRawText(), PermitPrefill.KeepSnapshots(freeForm, "{}", edited.RootElement).GetRawText());
    }

    [Fact]
    public void UsagePermit_InstalledBeyondTheCalendar_IsAProblemAtTheInstallationDay()
    {
        var form = FormCatalog.Shipped.NewestOf("usage-permit")!;
        using var within = JsonDocument.Parse("""{ "installationPermitId": "P-1", "installedOn": "2026-06-24", "readyForService": true, "matchesPermit": true }""");
        using var beyond = JsonDocument.Parse("""{ "installationPermitId": "P-1", "installedOn": "2031-03-02", "readyForService": true, "matchesPermit": true }""");

        Assert.Empty(FormValidation.Validate(form, within.RootElement));
        var problem = Assert.Single(FormValidation.Validate(form, beyond.RootElement));
        Assert.Equal("installedOn", problem.Key);
        Assert.Contains("working-day calendar covers 2025", problem.Value[0], StringComparison.Ordinal);
    }
}
