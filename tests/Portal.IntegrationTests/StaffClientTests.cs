using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Core.Accounts;
using Portal.Core.Clients;
using Portal.Testing;

namespace Portal.IntegrationTests;

/// <summary>Staff find a client, open it with its representatives, and change its setting.</summary>
[Collection(PortalCollection.Name)]
public sealed class StaffClientTests(PortalFixture portal)
{
    [Fact]
    public async Task Staff_FindAClientByNameNumberOrExternalId_OpenItAndChangeItsSetting()
    {
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var staff = await portal.CreateStaffClientAsync("staff-operator-script");
        var externalId = ClientFeedTests.NewId();
        var number = $"4{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}";
        var unique = Guid.NewGuid().ToString("N")[..8];
        (await backOffice.PostAsJsonAsync("/api/backoffice/clients", new[]
        {
            new { externalId, version = 1, kind = "legal", name = $"SIA “Ķēniņu {unique}”", registrationNumber = number, billingArrangement = "e-invoice", services = new[] { "maritime" } },
        })).EnsureSuccessStatusCode();
        var client = (await portal.Service<ClientStore>().GetByExternalIdAsync(externalId, CancellationToken.None))!;
        var account = (await portal.Service<AccountStore>().CreateAsync(new NewAccount($"staff-client-{Guid.NewGuid():N}@example.lv", "Ilze", "Kalna", "lv", "Zvaigzne42", 4), CancellationToken.None))!;
        await portal.Service<ClientStore>().AddMemberAsync(account.Id, client, [Scope.Admin], CancellationToken.None);

        foreach (var query in new[] { $"sia “keninu {unique}", $"SIA \"Ķēniņu {unique}", $"keninu {unique}", number, externalId })
        {
            var found = await staff.StaffSearchAsync("clients", query);
            Assert.Equal(client.Id, Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        }

        // A rename moves the name in the index.
        (await backOffice.PostAsJsonAsync("/api/backoffice/clients", new[]
        {
            new { externalId, version = 2, kind = "legal", name = $"AS “Jūras {unique}”", registrationNumber = number, billingArrangement = "e-invoice", services = new[] { "maritime" } },
        })).EnsureSuccessStatusCode();
        Assert.Empty((await staff.StaffSearchAsync("clients", $"sia “keninu {unique}")).GetProperty("items").EnumerateArray());
        Assert.Single((await staff.StaffSearchAsync("clients", $"as “juras {unique}")).GetProperty("items").EnumerateArray());

        // A name row a racing rename left behind finds nothing, and goes.
        var clientsTable = await portal.Service<Portal.Core.Storage.PortalStorage>().TableAsync(Portal.Core.Storage.StorageNames.ClientsTable, CancellationToken.None);
        await clientsTable.UpsertEntityAsync(new Azure.Data.Tables.TableEntity("client-names", $"vecais {unique}|{client.Id}") { ["ClientId"] = client.Id });
        Assert.Empty((await staff.StaffSearchAsync("clients", $"vecais {unique}")).GetProperty("items").EnumerateArray());
        Assert.False((await clientsTable.GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>("client-names", $"vecais {unique}|{client.Id}")).HasValue);

        var opened = await staff.GetFromJsonAsync<JsonElement>($"/api/staff/clients/{client.Id}");
        Assert.Equal(account.Email, Assert.Single(opened.GetProperty("representatives").EnumerateArray()).GetProperty("email").GetString());
        Assert.False(opened.GetProperty("client").GetProperty("selfServiceInvitations").GetBoolean());
        (await staff.PatchAsJsonAsync($"/api/staff/clients/{client.Id}", new { selfServiceInvitations = true })).EnsureSuccessStatusCode();
        Assert.True((await staff.GetFromJsonAsync<JsonElement>($"/api/staff/clients/{client.Id}")).GetProperty("client").GetProperty("selfServiceInvitations").GetBoolean());

        await ProblemAssert.IsProblemAsync(await staff.StaffSearchResponseAsync("clients", "x"), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await staff.GetAsync("/api/staff/clients/nosuchclient"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await portal.CreateClient().GetAsync($"/api/staff/clients/{client.Id}"), HttpStatusCode.Unauthorized);
    }

    /// <summary>Support sees what the client sees - the balance, invoices and permits - read-only, and every read lands in both trails.</summary>
    [Fact]
    [Trait("Clause", "23.3")]
    public async Task Staff_ReadTheClientsBalanceInvoicesAndPermits_AsTheClientSeesThem_AndEachReadIsAudited()
    {
        var (clientExternalId, member, clientId) = await BillingFeedTests.ClientWithMemberAsync(portal);
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var staff = await portal.CreateStaffClientAsync("staff-operator-script");
        await BillingFeedTests.FeedAsync(backOffice, "invoices", new
        {
            externalId = $"INV-{Guid.NewGuid():N}", version = 1, clientExternalId, number = "RE-2026-0001", kind = "invoice", issuedOn = "2026-10-01", dueOn = "2026-10-21", amount = 120m, status = "issued",
        });
        await PermitFeedTests.FeedAsync(backOffice, PermitFeedTests.LandMobile($"AT-{Guid.NewGuid():N}", 1, clientExternalId, "AT-2026-00001"));

        Assert.Equal(
            (await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/balance")).ToString(),
            (await staff.GetFromJsonAsync<JsonElement>($"/api/staff/clients/{clientId}/balance")).ToString());
        Assert.Equal(
            (await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/invoices?state=overdue")).ToString(),
            (await staff.GetFromJsonAsync<JsonElement>($"/api/staff/clients/{clientId}/invoices?state=overdue")).ToString());
        var permits = await staff.GetFromJsonAsync<JsonElement>($"/api/staff/clients/{clientId}/permits?q=at-2026");
        Assert.Equal("AT-2026-00001", Assert.Single(permits.GetProperty("items").EnumerateArray()).GetProperty("number").GetString());

        var trails = portal.Service<Portal.Core.Audit.AuditTrail>();
        var clientTrail = await trails.ReadAsync(Portal.Core.Audit.AuditTrail.ClientChain(clientId), 100, null, CancellationToken.None);
        var staffTrail = await trails.ReadAsync(Portal.Core.Audit.AuditTrail.StaffChain("staff-operator-script"), 20, null, CancellationToken.None);
        foreach (var target in new[] { "balance", "invoices", "permits" })
        {
            Assert.Contains(clientTrail.Items, r => r.Action == "staff-read" && r.Target == target && r.Actor == "staff:staff-operator-script");
            Assert.Contains(staffTrail.Items, r => r.Action == "staff-read" && r.Target == target && r.ClientId == clientId);
        }

        await ProblemAssert.IsProblemAsync(await staff.GetAsync($"/api/staff/clients/{clientId}/invoices?sort=name"), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await staff.GetAsync("/api/staff/clients/nosuchclient/permits"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await member.GetAsync($"/api/staff/clients/{clientId}/balance"), HttpStatusCode.Unauthorized);
    }
}
