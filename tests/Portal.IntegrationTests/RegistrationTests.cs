using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Azure.Storage.Blobs;
using Portal.Core.Accounts;
using Portal.Core.Notifications;
using Portal.Testing;

namespace Portal.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class RegistrationTests(PortalFixture portal)
{
    private static object Natural(string email) => new
    {
        personKind = "natural",
        firstName = "Jānis",
        lastName = "Bērziņš",
        personalCode = "010190-12349",
        address = "Brīvības iela 1, Rīga",
        email,
        phone = "+371 20000000",
        language = "lv",
        acceptedTermsVersion = 4,
    };

    [Fact]
    [Trait("Clause", "10")]
    public async Task Register_NaturalPerson_202AndAConfirmationEmail()
    {
        var email = $"reg-{Guid.NewGuid():N}@example.lv";

        var response = await portal.CreateClient().PostAsJsonAsync("/api/registrations", Natural(email));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var mail = await SingleEmailAsync(email);
        Assert.Equal("Pieteikums klientu portāla lietošanai saņemts", mail.Subject);
        // No one has checked the applicant yet: the mail carries no name they typed.
        Assert.DoesNotContain("Bērziņš", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_SecondTimeOrForAnExistingAccount_SameAnswerNoDuplicate()
    {
        var email = $"reg-{Guid.NewGuid():N}@example.lv";
        var existing = $"reg-{Guid.NewGuid():N}@example.lv";
        await portal.Service<AccountStore>().CreateAsync(new NewAccount(existing, "Anna", "Kalniņa", "lv", "Zvaigzne42", 4), CancellationToken.None);
        var client = portal.CreateClient();

        var first = await client.PostAsJsonAsync("/api/registrations", Natural(email));
        var second = await client.PostAsJsonAsync("/api/registrations", Natural(email));
        var forAccount = await client.PostAsJsonAsync("/api/registrations", Natural(existing));

        Assert.All([first, second, forAccount], r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await forAccount.Content.ReadAsStringAsync());
        Assert.Single(await AllEmailsAsync(email));
        Assert.Empty(await AllEmailsAsync(existing));
    }

    [Fact]
    [Trait("Clause", "2.9")]
    [Trait("Clause", "4")]
    public async Task Register_BadFields_400NamingThem()
    {
        var response = await portal.CreateClient().PostAsJsonAsync("/api/registrations", new { personKind = "natural", personalCode = "010190-12348", email = "not-an-email" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("personalCode", out _));
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("acceptedTermsVersion", out _));
    }

    [Fact]
    public async Task Register_CompanyWithItsPdf_StoresTheDocument()
    {
        var email = $"reg-{Guid.NewGuid():N}@example.lv";

        var response = await portal.CreateClient().PostAsync("/api/registrations", LegalForm(email, TestPdf.Plain()));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var container = new BlobServiceClient(portal.Backends.Azurite.ConnectionString).GetBlobContainerClient("registration-documents");
        var stored = new List<string>();
        await foreach (var blob in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, null, CancellationToken.None))
        {
            stored.Add(blob.Name);
        }

        Assert.NotEmpty(stored);
        Assert.Single(await AllEmailsAsync(email));
    }

    [Fact]
    public async Task Register_CompanyWithAFileThatIsNotAPdf_400()
    {
        var response = await portal.CreateClient().PostAsync("/api/registrations", LegalForm($"reg-{Guid.NewGuid():N}@example.lv", "PK\u0003\u0004zip"u8.ToArray()));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("document", out _));
    }

    [Fact]
    public async Task Register_SameEmailTooOften_429()
    {
        var email = $"reg-{Guid.NewGuid():N}@example.lv";
        var client = portal.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/api/registrations", Natural(email))).StatusCode);
        }

        var response = await client.PostAsJsonAsync("/api/registrations", Natural(email));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.TooManyRequests);
        Assert.True(response.Headers.RetryAfter is not null);
    }

    private static MultipartFormDataContent LegalForm(string email, byte[] document)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in new Dictionary<string, string>
        {
            ["personKind"] = "legal", ["firstName"] = "Līga", ["lastName"] = "Ozola", ["personalCode"] = "311285-10002",
            ["companyName"] = "SIA Radio Testi", ["registrationNumber"] = "40003021907", ["position"] = "valdes locekle",
            ["address"] = "Eksporta iela 5, Rīga", ["email"] = email, ["phone"] = "+371 20000001", ["language"] = "en",
            ["acceptedTermsVersion"] = "4",
        })
        {
            form.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(document);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "document", "pilnvara.pdf");
        return form;
    }

    private async Task<Portal.Testing.CaughtEmail> SingleEmailAsync(string to) => Assert.Single(await AllEmailsAsync(to));

    private async Task<IReadOnlyList<Portal.Testing.CaughtEmail>> AllEmailsAsync(string to)
    {
        await portal.Service<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        return await portal.Backends.Mail.MessagesToAsync(to);
    }
}
