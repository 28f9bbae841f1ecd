using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Demo;

namespace Portal.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class StartupTests(PortalFixture portal)
{
    [Theory]
    [InlineData("Storage:ConnectionString")]
    [InlineData("Mail:SmtpHost")]
    [InlineData("Mail:SmtpPort")]
    [InlineData("Mail:FromAddress")]
    public async Task Start_SettingMissing_FailsNamingIt(string setting)
    {
        var settings = portal.Backends.Settings();
        settings.Remove(setting);
        string[] arguments = ["--urls=http://127.0.0.1:0", "--environment=Development", .. settings.Select(s => $"--{s.Key}={s.Value}")];
        await using var app = Portal.DevHost.Program.Build(arguments);

        var error = await Assert.ThrowsAnyAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_DemoDataOutsideDevelopment_FailsNamingIt()
    {
        string[] arguments =
        [
            "--urls=http://127.0.0.1:0", "--environment=Production", "--DemoData:Enabled=true", "--DemoData:Password=Demo-pass-42",
            .. WithoutDevelopmentIdentity().Select(s => $"--{s.Key}={s.Value}"),
        ];
        await using var app = Portal.DevHost.Program.Build(arguments);

        var error = await Assert.ThrowsAnyAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("DemoData:Enabled", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("StaffIdentity:DevelopmentAuthority")]
    [InlineData("StaffIdentity:ClientSecret")]
    [InlineData("Mail:AllowUnencrypted")]
    public async Task Start_DevelopmentIdentityOutsideDevelopment_FailsNamingIt(string setting)
    {
        var settings = WithoutDevelopmentIdentity();
        settings[setting] = setting == "Mail:AllowUnencrypted" ? "true" : portal.Backends.Identity.Settings()[setting];
        string[] arguments = ["--urls=http://127.0.0.1:0", "--environment=Production", .. settings.Select(s => $"--{s.Key}={s.Value}")];
        await using var app = Portal.DevHost.Program.Build(arguments);

        var error = await Assert.ThrowsAnyAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
        Assert.Contains("Production", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_VpmStandInOutsideDevelopment_FailsNamingIt()
    {
        var settings = WithoutDevelopmentIdentity();
        foreach (var (key, value) in Portal.Testing.DevVpm.Settings(new Uri("https://portal.example/")))
        {
            settings[key] = value;
        }

        string[] arguments = ["--urls=http://127.0.0.1:0", "--environment=Production", .. settings.Select(s => $"--{s.Key}={s.Value}")];
        await using var app = Portal.DevHost.Program.Build(arguments);

        var error = await Assert.ThrowsAnyAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Vpm:DevelopmentStandIn", error.Message, StringComparison.Ordinal);
        Assert.Contains("Production", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_DevelopmentBankOutsideDevelopment_FailsNamingIt()
    {
        var settings = WithoutDevelopmentIdentity();
        settings["BankLink:DevelopmentBank"] = "true";
        string[] arguments = ["--urls=http://127.0.0.1:0", "--environment=Production", .. settings.Select(s => $"--{s.Key}={s.Value}")];
        await using var app = Portal.DevHost.Program.Build(arguments);

        var error = await Assert.ThrowsAnyAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("BankLink:DevelopmentBank", error.Message, StringComparison.Ordinal);
        Assert.Contains("Production", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_DemoDataInDevelopment_SeedsUsersWhoCanSignIn()
    {
        var settings = portal.Backends.Settings();
        settings["DemoData:Enabled"] = "true";
        settings["DemoData:Password"] = "Demo-pass-42";
        await using var factory = new Portal.Testing.PortalFactory(settings);
        var client = factory.CreateHttpsClient();

        var response = await client.PostAsJsonAsync("/api/auth/sign-in", new { email = DemoDataOptions.Users[0].Email, password = "Demo-pass-42" });

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);

        // The demo clients arrive through the feed just after start: the person's own and a company with a year of billing.
        System.Text.Json.JsonElement me = default;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            me = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/me");
            if (me.GetProperty("clients").GetArrayLength() == 2)
            {
                break;
            }

            await Task.Delay(200);
        }

        var company = me.GetProperty("clients").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "legal").GetProperty("id").GetString();
        System.Text.Json.JsonElement balance = default;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            balance = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/clients/{company}/balance");
            if (balance.GetProperty("lastPaymentOn").ValueKind == System.Text.Json.JsonValueKind.String && balance.GetProperty("due").GetDecimal() > 0)
            {
                break;
            }

            await Task.Delay(200);
        }

        Assert.True(balance.GetProperty("due").GetDecimal() > 0);
        Assert.True(balance.GetProperty("overdue").GetDecimal() > 0);
        var invoices = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/clients/{company}/invoices");
        Assert.Equal(16, // a year of monthly invoices, a second one, a credit note, a cancelled one and the one due in 7 days for the reminders
            invoices.GetProperty("items").GetArrayLength());

        // The company's invoices show every state an invoice can be in.
        Assert.Equal(
            ["applied", "cancelled", "credited", "open", "overdue", "paid", "partly-paid"],
            invoices.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("state").GetString()!).Distinct().Order(StringComparer.Ordinal));

        // The company's fixed permit has a sample e-permit to download.
        var permits = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/clients/{company}/permits");
        var permitId = permits.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("number").GetString() == "AT-2023-00412").GetProperty("id").GetString();
        var permit = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/clients/{company}/permits/{permitId}");
        Assert.Equal("pdf", permit.GetProperty("document").GetString());
        var pdf = await client.GetByteArrayAsync($"/api/clients/{company}/permits/{permitId}/document");
        Assert.Null(Portal.Core.Documents.PdfCheck.Problem(pdf));

        // The demo data is complete once the hosted service that feeds it has finished.
        await DemoLoadedAsync(factory);
        var submissions = await SubmissionsAsync(client, company!);

        // Two drafts of the company's to continue: an amendment begun from its radio network permit, and a usage-permit request.
        var drafts = submissions.Where(s => s.GetProperty("status").GetString() == "draft").ToList();
        Assert.Equal(["amendment", "usage-permit"], drafts.Select(d => d.GetProperty("kind").GetString()!).Order(StringComparer.Ordinal));
        var amendment = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/clients/{company}/submissions/{drafts.Single(d => d.GetProperty("kind").GetString() == "amendment").GetProperty("id").GetString()}");
        Assert.Equal("AT-2023-00412", amendment.GetProperty("content").GetProperty("before").GetProperty("number").GetString());

        // Sent submissions in every status, one each, made as the portal and the back office make them.
        string[] sent = ["approved", "in-review", "information-requested", "received", "rejected", "submitted", "withdrawal-requested", "withdrawn"];
        Assert.Equal(sent, submissions.Where(s => s.GetProperty("status").GetString() != "draft").Select(s => s.GetProperty("status").GetString()!).Order(StringComparer.Ordinal));
        async Task<System.Text.Json.JsonElement> DetailAsync(string status) => await client.GetFromJsonAsync<System.Text.Json.JsonElement>(
            $"/api/clients/{company}/submissions/{submissions.Single(s => s.GetProperty("status").GetString() == status).GetProperty("id").GetString()}");
        var asked = await DetailAsync("information-requested");
        Assert.Matches(@"^\d{4}/\d{6}$", asked.GetProperty("receiptNumber").GetString());
        Assert.Contains("datu lapu", asked.GetProperty("history").EnumerateArray().Last().GetProperty("message").GetString(), StringComparison.Ordinal);
        var approved = await DetailAsync("approved");
        var document = approved.GetProperty("documents").EnumerateArray().Single();
        var decision = await client.GetByteArrayAsync($"/api/clients/{company}/submissions/{approved.GetProperty("id").GetString()}/documents/{document.GetProperty("id").GetString()}");
        Assert.Null(Portal.Core.Documents.PdfCheck.Problem(decision));
        Assert.Equal(["status", "withdrawal-request"], (await DetailAsync("withdrawal-requested")).GetProperty("history").EnumerateArray().Select(h => h.GetProperty("kind").GetString()!).Distinct());

        // A second start adds nothing, and changes none of them.
        await using (var again = new Portal.Testing.PortalFactory(settings))
        {
            _ = again.Server;
            await DemoLoadedAsync(again);
        }

        var after = await SubmissionsAsync(client, company!);
        Assert.Equal(submissions.Select(s => (s.GetProperty("id").GetString(), s.GetProperty("status").GetString())), after.Select(s => (s.GetProperty("id").GetString(), s.GetProperty("status").GetString())));
        Assert.Equal(approved.GetProperty("history").GetArrayLength(), (await DetailAsync("approved")).GetProperty("history").GetArrayLength());
    }

    /// <summary>Waits for the demo data's hosted service to finish its start.</summary>
    private static async Task DemoLoadedAsync(Portal.Testing.PortalFactory factory)
    {
        var demo = factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<Microsoft.Extensions.Hosting.BackgroundService>().Single(s => s.GetType().Name == "DemoClients");
        await demo.ExecuteTask!.WaitAsync(TimeSpan.FromMinutes(2));
    }

    private static async Task<List<System.Text.Json.JsonElement>> SubmissionsAsync(HttpClient client, string company) =>
        [.. (await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/clients/{company}/submissions")).GetProperty("submissions").EnumerateArray()];

    [Fact]
    public async Task Start_AllSettingsGiven_Starts()
    {
        string[] arguments = ["--urls=http://127.0.0.1:0", "--environment=Development", .. portal.Backends.Settings().Select(s => $"--{s.Key}={s.Value}")];
        await using var app = Portal.DevHost.Program.Build(arguments);

        await app.StartAsync();

        await app.StopAsync();
    }

    /// <summary>
    /// The test run's settings without those only Development accepts (the local identity provider, mail in the clear, the
    /// Latvija.lv stand-in and the development bank).
    /// </summary>
    private Dictionary<string, string?> WithoutDevelopmentIdentity()
    {
        var settings = portal.Backends.Settings();
        settings.Remove("StaffIdentity:DevelopmentAuthority");
        settings.Remove("StaffIdentity:ClientSecret");
        settings.Remove("Mail:AllowUnencrypted");
        foreach (var vpm in settings.Keys.Where(key => key.StartsWith("Vpm:", StringComparison.Ordinal) || key.StartsWith("BankLink:", StringComparison.Ordinal)).ToList())
        {
            settings.Remove(vpm);
        }

        return settings;
    }
}
