namespace Portal.Testing;

/// <summary>The real local parts a test run needs (Azurite and a mail catcher), started on free ports and stopped after.</summary>
public sealed class TestBackends : IAsyncDisposable
{
    private TestBackends(AzuriteServer azurite, MailCatcher mail, DevIdentity identity)
    {
        Azurite = azurite;
        Mail = mail;
        Identity = identity;
    }

    public AzuriteServer Azurite { get; }

    public MailCatcher Mail { get; }

    public DevIdentity Identity { get; }

    public static async Task<TestBackends> StartAsync()
    {
        var azurite = AzuriteServer.StartNewAsync();
        var mail = MailCatcher.StartNewAsync();
        var identity = DevIdentity.StartNewAsync();
        return new TestBackends(await azurite, await mail, await identity);
    }

    /// <summary>
    /// The settings a portal host needs to use these backends, the dev host's Latvija.lv stand-in at the portal's own address, and its
    /// development bank.
    /// </summary>
    public Dictionary<string, string?> Settings() => new(Identity.Settings().Concat(DevVpm.Settings(new Uri("https://localhost/"))).Concat(DevBankPages.Settings()))
    {
        ["Storage:ConnectionString"] = Azurite.ConnectionString,
        ["Mail:SmtpHost"] = "127.0.0.1",
        ["Mail:AllowUnencrypted"] = "true",
        ["Mail:SmtpPort"] = $"{Mail.SmtpPort}",
        ["Mail:FromAddress"] = "portals@radioatlaujas.lv",
        ["Portal:PublicBaseUrl"] = "https://localhost/",
        ["Billing:PayeeAccount"] = "LV80BANK0000435195001",
        // Every test calls from 127.0.0.1: the per-IP limits would otherwise be shared by all of them.
        ["Throttling:RegistrationsPerIpPerHour"] = "100000",
        ["Throttling:SignInsPerIpPerHour"] = "100000",
        ["Throttling:LinkRequestsPerIpPerHour"] = "100000",
        ["Throttling:StaffSignInsPerIpPerHour"] = "100000",
        ["Privacy:PersonalCodeKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        ["DevHost:RunTimers"] = "false",
        // Queue functions run where a test asks for them (reports).
        ["DevHost:RunQueues"] = "false",
        ["DevHost:StaticWebRoot"] = RepoPaths.StaticWebDist,
    };

    public async ValueTask DisposeAsync()
    {
        await Azurite.DisposeAsync();
        await Mail.DisposeAsync();
        await Identity.DisposeAsync();
    }
}
