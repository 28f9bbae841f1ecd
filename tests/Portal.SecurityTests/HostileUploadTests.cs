using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Portal.Testing;

namespace Portal.SecurityTests;

/// <summary>
/// Uploads whose bytes are not a plain PDF - scripts, launch actions, attachments (escaped or packed in object
/// streams), HTML or other files behind a PDF header, cut-off files - are a 400 naming the document and nothing
/// is stored; what is stored goes out only as a sandboxed download.
/// </summary>
public sealed class HostileUploadTests(SecurityPortal portal) : IClassFixture<SecurityPortal>
{
    private readonly SecurityPortal _portal = portal;

    public static TheoryData<string, byte[]> Hostile()
    {
        var plain = TestPdf.Plain();
        return new()
        {
            { "javascript", TestPdf.WithCatalog("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>") },
            { "hex-escaped javascript", TestPdf.WithCatalog("/OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >>") },
            { "embedded file", TestPdf.WithCatalog("/Names << /EmbeddedFiles << /Names [(invoice.exe) 3 0 R] >> >>") },
            { "launch", TestPdf.WithCatalog("/OpenAction << /S /Launch /F (cmd.exe) >>") },
            { "javascript in an object stream", TestPdf.WithObjectStream("<< /JavaScript << /Names [(x) << /S /JavaScript /JS (app.alert(1)) >>] >> >>") },
            { "html behind a pdf header", Encoding.ASCII.GetBytes("%PDF-1.7\n<html><body><script>fetch('/api/me')</script></body></html>\n%%EOF\n") },
            { "pdf and html polyglot", [.. plain, .. "<html><script>alert(1)</script></html>\n"u8] },
            { "truncated", plain[..(plain.Length - 40)] },
            { "declared size past the end", Encoding.ASCII.GetBytes(Encoding.Latin1.GetString(plain).Replace("startxref\n", "startxref\n99999999", StringComparison.Ordinal)) },
            { "object stream inflating without bound", TestPdf.WithObjectStream("<< >>" + new string(' ', 40 * 1024 * 1024)) },
        };
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task AnApplicant_UploadingAHostileDocument_Gets400NamingTheDocument(string kind, byte[] content)
    {
        var response = await _portal.CreateClient().PostAsync("/api/registrations", LegalForm($"hostile-{Guid.NewGuid():N}@example.lv", content));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, kind);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("document", out _), kind);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task TheBackOffice_UploadingAHostileInvoicePdf_Gets400(string kind, byte[] content)
    {
        var backOffice = await _portal.CreateStaffClientAsync("backoffice");

        var response = await backOffice.PutAsync("/api/backoffice/invoices/ANY/pdf", new ByteArrayContent(content));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, kind);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("body", out _), kind);
    }

    [Fact]
    public async Task AStoredDocument_IsServedOnlyAsASandboxedAttachment()
    {
        var email = $"document-{Guid.NewGuid():N}@example.lv";
        Assert.Equal(HttpStatusCode.Accepted, (await _portal.CreateClient().PostAsync("/api/registrations", LegalForm(email, TestPdf.Plain()))).StatusCode);
        var staff = await _portal.CreateStaffClientAsync("staff-operator-script");
        var id = await ApprovedPerson.PendingIdAsync(staff, email);

        var served = await staff.GetAsync($"/api/staff/registrations/{id}/document");

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("attachment", served.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"authority-{id}.pdf", served.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("application/pdf", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Assert.Single(served.Headers.GetValues("X-Content-Type-Options")));
        Assert.StartsWith("sandbox; default-src 'none'", Assert.Single(served.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    private static MultipartFormDataContent LegalForm(string email, byte[] document)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in new Dictionary<string, string>
        {
            ["personKind"] = "legal", ["firstName"] = "Līga", ["lastName"] = "Ozola", ["personalCode"] = $"32{Random.Shared.Next(0, 999_999_999):D9}",
            ["companyName"] = "SIA Radio Testi", ["registrationNumber"] = $"4000{Random.Shared.Next(1_000_000, 9_999_999)}", ["position"] = "valdes locekle",
            ["address"] = "Eksporta iela 5, Rīga", ["email"] = email, ["phone"] = "+371 20000001", ["language"] = "en", ["acceptedTermsVersion"] = "4",
        })
        {
            form.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(document);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "document", "authority.pdf");
        return form;
    }
}
