using System.Net;
using System.Text;
using Portal.Core;
using Portal.Core.Billing;
using Portal.Core.Documents;

namespace Portal.IntegrationTests;

/// <summary>The invoice list as CSV: what the list's filter selects, in its order, escaped so a spreadsheet reads it as written.</summary>
[Collection(PortalCollection.Name)]
public sealed class InvoiceExportTests(PortalFixture portal)
{
    [Fact]
    [Trait("Clause", "28")]
    public async Task TheExport_HoldsWhatTheFilteredListHolds_InItsOrder_WithNeutralisedTextAndNegativeCreditNotes()
    {
        var (clientExternalId, member, clientId) = await BillingFeedTests.ClientWithMemberAsync(portal);
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var today = RigaCalendar.DateOf(DateTimeOffset.UtcNow);
        object Invoice(string number, string kind, int dueInDays, decimal amount, string? reference) => new
        {
            externalId = $"INV-{Guid.NewGuid():N}", version = 1, clientExternalId, number, kind, issuedOn = Date(today.AddDays(-30)), dueOn = Date(today.AddDays(dueInDays)),
            amount, status = "issued", paymentReference = reference,
        };
        await BillingFeedTests.FeedAsync(
            backOffice, "invoices",
            Invoice("=SUM(A1)", "invoice", -5, 1_234.5m, "+37120000000"),
            Invoice("RE-2;\"B\"", "invoice", 10, 99.99m, "@cmd"),
            Invoice("KR-1", "credit-note", -30, 20m, null),
            Invoice("RE-3", "invoice", 20, 7m, "-1"));

        using var response = await member.GetAsync($"/api/clients/{clientId}/invoices/export?format=csv&sort=due");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains($"rekini-{Date(today)}.csv", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n");
        Assert.Equal(
            [
                "Rēķina numurs;Veids;Izrakstīts;Apmaksas termiņš;Summa;Jāmaksā;Stāvoklis;Norēķinu konts;Maksājuma atsauce",
                $"KR-1;Kredītrēķins;{Date(today.AddDays(-30))};{Date(today.AddDays(-30))};-20,00;0,00;Ieskaitīts;;",
                $"'=SUM(A1);Rēķins;{Date(today.AddDays(-30))};{Date(today.AddDays(-5))};1234,50;1214,50;Kavēts;;'+37120000000",
                $"\"RE-2;\"\"B\"\"\";Rēķins;{Date(today.AddDays(-30))};{Date(today.AddDays(10))};99,99;99,99;Gaida apmaksu;;'@cmd",
                $"RE-3;Rēķins;{Date(today.AddDays(-30))};{Date(today.AddDays(20))};7,00;7,00;Gaida apmaksu;;'-1",
                "",
            ],
            lines);

        // In English with commas, and filtered as the list is: only what is still to pay, largest first.
        var english = Encoding.UTF8.GetString(await member.GetByteArrayAsync($"/api/clients/{clientId}/invoices/export?separator=comma&language=en&state=open,overdue&sort=amount"));
        Assert.Equal(
            [
                "\uFEFFInvoice number,Kind,Issued,Due,Amount,To pay,State,Billing account,Payment reference",
                $"'=SUM(A1),Invoice,{Date(today.AddDays(-30))},{Date(today.AddDays(-5))},1234.50,1214.50,Overdue,,'+37120000000",
                $"\"RE-2;\"\"B\"\"\",Invoice,{Date(today.AddDays(-30))},{Date(today.AddDays(10))},99.99,99.99,Open,,'@cmd",
                $"RE-3,Invoice,{Date(today.AddDays(-30))},{Date(today.AddDays(20))},7.00,7.00,Open,,'-1",
                "",
            ],
            english.Split("\r\n"));
    }

    /// <summary>A file longer than one storage read is the list's pages one after another: read here three rows at a time.</summary>
    [Fact]
    public async Task AnExportLongerThanOneRead_WritesEveryRowOnce_InOrder()
    {
        var (clientExternalId, member, clientId) = await BillingFeedTests.ClientWithMemberAsync(portal);
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var today = RigaCalendar.DateOf(DateTimeOffset.UtcNow);
        await BillingFeedTests.FeedAsync(backOffice, "invoices", [.. Enumerable.Range(0, 10).Select(i => (object)new
        {
            externalId = $"INV-{Guid.NewGuid():N}", version = 1, clientExternalId, number = $"RE-{i:D2}", kind = "invoice", issuedOn = Date(today.AddDays(-i)), dueOn = Date(today.AddDays(30 - i)),
            amount = 10m + i, status = "issued",
        })]);

        using var output = new MemoryStream();
        var query = InvoiceQuery.Parse(name => name == "sort" ? "amount" : null).Value;
        await new InvoiceExport(portal.Service<BillingViews>()) { ReadSize = 3 }.WriteCsvAsync(clientId, query, "en", CsvDialect.International, today, output, CancellationToken.None);
        var numbers = Encoding.UTF8.GetString(output.ToArray().AsSpan(3)).Split("\r\n")[1..^1].Select(line => line.Split(',')[0]).ToList();
        Assert.Equal([.. Enumerable.Range(0, 10).Reverse().Select(i => $"RE-{i:D2}")], numbers);

        var fromApi = await member.GetByteArrayAsync($"/api/clients/{clientId}/invoices/export?sort=amount&separator=comma&language=en");
        Assert.Equal(output.ToArray(), fromApi);
    }

    [Fact]
    public async Task BadInput_IsA400_FieldByField()
    {
        var (_, member, clientId) = await BillingFeedTests.ClientWithMemberAsync(portal);
        var problem = await ProblemAssert.IsProblemAsync(
            await member.GetAsync($"/api/clients/{clientId}/invoices/export?format=xlsx&separator=tab&language=de&sort=name&minAmount=5&maxAmount=1"), HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "format", "separator", "language", "sort", "maxAmount" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
