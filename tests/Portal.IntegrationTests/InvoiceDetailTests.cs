using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Portal.IntegrationTests;

/// <summary>One invoice: its lines and VAT by rate, what settled it, what to quote when paying, and its PDF named by its number.</summary>
[Collection(PortalCollection.Name)]
public sealed class InvoiceDetailTests(PortalFixture portal)
{
    [Fact]
    [Trait("Clause", "28")]
    public async Task AnInvoice_ShowsItsLinesVatPaymentsAndCreditNotes_AndWhatToQuoteWhenPaying()
    {
        var (clientExternalId, member, clientId) = await BillingFeedTests.ClientWithMemberAsync(portal);
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var (invoice, credit) = ($"INV-{Guid.NewGuid():N}", $"INV-{Guid.NewGuid():N}");
        var fed = await BillingFeedTests.FeedAsync(backOffice, "invoices", new
        {
            externalId = invoice, version = 1, clientExternalId, number = "ES-2026-000777", kind = "invoice", issuedOn = "2026-10-01", dueOn = "2026-10-21", amount = 171.33m,
            status = "issued", paymentReference = "2026000777",
            lines = new object[]
            {
                new { description = "Radiofrekvenču spektra lietošanas maksa", quantity = 1m, unit = "gab.", unitPrice = 100m, vatRate = 21m, amount = 100m },
                new { description = "Apkalpošana", quantity = 3m, unit = "h", unitPrice = 11.111m, vatRate = 21m, amount = 33.33m },
                new { description = "Valsts nodeva", quantity = 1m, unit = (string?)null, unitPrice = 10m, vatRate = 0m, amount = 10m },
            },
        });
        Assert.Equal("created", fed[0].GetProperty("status").GetString());
        await BillingFeedTests.FeedAsync(backOffice, "invoices", new
        {
            externalId = credit, version = 1, clientExternalId, number = "KR-2026-000009", kind = "credit-note", issuedOn = "2026-10-05", amount = 20m, status = "issued",
            creditsInvoiceExternalId = invoice,
        });
        await BillingFeedTests.FeedAsync(backOffice, "payments", new
        {
            externalId = $"PAY-{Guid.NewGuid():N}", version = 1, clientExternalId, receivedOn = "2026-10-20", amount = 50m, allocations = new[] { new { invoiceExternalId = invoice, amount = 50m } },
        });

        var detail = await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/invoices/{invoice}");

        var shown = detail.GetProperty("invoice");
        Assert.Equal("overdue", shown.GetProperty("state").GetString());
        Assert.Equal(20m, shown.GetProperty("credited").GetDecimal());
        Assert.Equal(50m, shown.GetProperty("allocated").GetDecimal());
        Assert.Equal(101.33m, shown.GetProperty("open").GetDecimal());
        Assert.Equal(3, detail.GetProperty("lines").GetArrayLength());
        Assert.Equal("h", detail.GetProperty("lines")[1].GetProperty("unit").GetString());
        var vat = detail.GetProperty("vatTotals").EnumerateArray().Select(v => (v.GetProperty("rate").GetDecimal(), v.GetProperty("net").GetDecimal(), v.GetProperty("vat").GetDecimal())).ToList();
        Assert.Equal([(21m, 133.33m, 28.00m), (0m, 10m, 0m)], vat);
        var settlements = detail.GetProperty("settlements").EnumerateArray()
            .Select(s => (s.GetProperty("kind").GetString(), s.GetProperty("on").GetString(), s.GetProperty("number").GetString(), s.GetProperty("amount").GetDecimal())).ToList();
        Assert.Equal([("credit-note", "2026-10-05", "KR-2026-000009", 20m), ("payment", "2026-10-20", null, 50m)], settlements);
        var pay = detail.GetProperty("paymentDetails");
        Assert.Equal("LV80BANK0000435195001", pay.GetProperty("account").GetString());
        Assert.Equal("2026000777", pay.GetProperty("reference").GetString());

        // Not the client's, or no such invoice: the same 404.
        var (_, _, otherClientId) = await BillingFeedTests.ClientWithMemberAsync(portal);
        await ProblemAssert.IsProblemAsync(await member.GetAsync($"/api/clients/{clientId}/invoices/NO-SUCH"), HttpStatusCode.NotFound);
        var other = await member.GetAsync($"/api/clients/{otherClientId}/invoices/{invoice}");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);

        // The PDF is an attachment named by the invoice's number.
        (await backOffice.PutAsync($"/api/backoffice/invoices/{invoice}/pdf", new ByteArrayContent(Portal.Testing.TestPdf.Plain()))).EnsureSuccessStatusCode();
        var pdf = await member.GetAsync($"/api/clients/{clientId}/invoices/{invoice}/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("ES-2026-000777.pdf", pdf.Content.Headers.ContentDisposition?.FileNameStar ?? pdf.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task ACreditNote_FedInTheSameBatchAsTheInvoiceItCredits_CreditsIt()
    {
        var (clientExternalId, member, clientId) = await BillingFeedTests.ClientWithMemberAsync(portal);
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var invoice = $"INV-{Guid.NewGuid():N}";

        var results = await BillingFeedTests.FeedAsync(
            backOffice,
            "invoices",
            new { externalId = invoice, version = 1, clientExternalId, number = "ES-2026-000100", kind = "invoice", issuedOn = "2026-10-01", dueOn = "2026-10-21", amount = 30m, status = "issued" },
            new { externalId = $"KR-{Guid.NewGuid():N}", version = 1, clientExternalId, number = "KR-2026-000100", kind = "credit-note", issuedOn = "2026-10-02", amount = 30m, status = "issued", creditsInvoiceExternalId = invoice });

        Assert.All(results, r => Assert.Equal("created", r.GetProperty("status").GetString()));
        var shown = (await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/invoices/{invoice}")).GetProperty("invoice");
        Assert.Equal("credited", shown.GetProperty("state").GetString());
        Assert.Equal(30m, shown.GetProperty("credited").GetDecimal());
    }

    [Fact]
    public async Task Lines_ThatAreWrongOrDoNotComeToTheAmount_RejectTheInvoiceWithTheirPaths()
    {
        var (clientExternalId, _, _) = await BillingFeedTests.ClientWithMemberAsync(portal);
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        object Invoice(decimal amount, params object[] lines) => new
        {
            externalId = $"INV-{Guid.NewGuid():N}", version = 1, clientExternalId, number = "ES-2026-000001", kind = "invoice", issuedOn = "2026-10-01", dueOn = "2026-10-21", amount,
            status = "issued", lines,
        };

        var results = await BillingFeedTests.FeedAsync(
            backOffice,
            "invoices",
            Invoice(121m, new { description = "Maksa", quantity = 1m, unitPrice = 100m, vatRate = 21m, amount = 100m }, new { description = "", quantity = 0m, unitPrice = 1.00001m, vatRate = 121m, amount = 0.001m }),
            Invoice(120m, new { description = "Maksa", quantity = 1m, unitPrice = 100m, vatRate = 21m, amount = 100m }));

        var wrong = results[0].GetProperty("errors");
        foreach (var field in new[] { "lines[1].description", "lines[1].quantity", "lines[1].unitPrice", "lines[1].vatRate", "lines[1].amount" })
        {
            Assert.True(wrong.TryGetProperty(field, out _), $"no error for {field}: {wrong}");
        }

        Assert.False(wrong.TryGetProperty("lines[0].description", out _));
        Assert.Contains("121", results[1].GetProperty("errors").GetProperty("lines")[0].GetString(), StringComparison.Ordinal);
        Assert.All(results, r => Assert.Equal("rejected", r.GetProperty("status").GetString()));
    }
}
