using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Azure.Data.Tables;
using Portal.Core.Audit;
using Portal.Core.Clients;
using Portal.Core.Storage;
using Portal.Core.Submissions;
using Portal.Testing;

namespace Portal.IntegrationTests;

/// <summary>A draft's files: uploaded in chunks that resume after a cut, judged by content, kept within limits, sent with the submission and its hash.</summary>
[Collection(PortalCollection.Name)]
public sealed class SubmissionAttachmentTests(PortalFixture portal)
{
    private const int Chunk = 64 * 1024;

    private async Task<(HttpClient Member, string ClientId)> CompanyAsync()
    {
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var (_, member, clientId) = await PermitFeedTests.CompanyWithMemberAsync(portal, backOffice, [], Scope.Submit);
        return (member, clientId);
    }

    private static string Files(string clientId, string id) => $"/api/clients/{clientId}/submissions/{id}/attachments";

    private static async Task<JsonElement> BeginAsync(HttpClient member, string clientId, string id, string name, long size, int chunkSize = Chunk)
    {
        var response = await member.PostAsJsonAsync(Files(clientId, id), new { name, size, chunkSize });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Task<HttpResponseMessage> PutChunkAsync(HttpClient member, string clientId, string id, string fileId, int index, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return member.PutAsync($"{Files(clientId, id)}/{fileId}/chunks/{index}", content);
    }

    /// <summary>Declares, sends every chunk and finishes: the finish's answer (or the only chunk's, when a file of one chunk is refused by it).</summary>
    internal static async Task<HttpResponseMessage> UploadAsync(HttpClient member, string clientId, string id, string name, byte[] content, int chunkSize = Chunk)
    {
        var fileId = (await BeginAsync(member, clientId, id, name, content.Length, chunkSize)).GetProperty("id").GetString()!;
        for (var index = 0; index * chunkSize < content.Length; index++)
        {
            var response = await PutChunkAsync(member, clientId, id, fileId, index, content[(index * chunkSize)..Math.Min(content.Length, (index + 1) * chunkSize)]);
            if (response.StatusCode == HttpStatusCode.BadRequest && content.Length <= chunkSize)
            {
                return response;
            }

            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }

        return await member.PostAsync($"{Files(clientId, id)}/{fileId}/finish", null);
    }

    private static byte[] BigPdf(int bytes) => TestPdf.Plain(new string('x', bytes));

    [Fact]
    public async Task AnUploadCutHalfWay_ResumesFromTheLastAcknowledgedChunk_AndTheFileIsKeptWhole()
    {
        var (member, clientId) = await CompanyAsync();
        var id = await SubmissionSubmitTests.DraftAsync(member, clientId);
        var pdf = BigPdf(4 * Chunk);
        var chunks = (pdf.Length + Chunk - 1) / Chunk;
        var fileId = (await BeginAsync(member, clientId, id, "Jauda.pdf", pdf.Length)).GetProperty("id").GetString()!;

        // Half the chunks arrive; the connection drops; the page is reloaded and asks how far the upload came.
        for (var index = 0; index < chunks / 2; index++)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await PutChunkAsync(member, clientId, id, fileId, index, pdf[(index * Chunk)..((index + 1) * Chunk)])).StatusCode);
        }

        var early = await ProblemAssert.IsProblemAsync(await member.PostAsync($"{Files(clientId, id)}/{fileId}/finish", null), HttpStatusCode.BadRequest);
        Assert.True(early.GetProperty("errors").TryGetProperty("chunks", out _));
        var listed = Assert.Single((await member.GetFromJsonAsync<JsonElement>(Files(clientId, id))).GetProperty("items").EnumerateArray());
        Assert.Equal(("uploading", (long)(chunks / 2) * Chunk), (listed.GetProperty("status").GetString(), listed.GetProperty("received").GetInt64()));
        var onDraft = Assert.Single((await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/submissions/{id}")).GetProperty("attachments").EnumerateArray());
        Assert.Equal(fileId, onDraft.GetProperty("id").GetString());

        // It goes on from there (the last acknowledged chunk sent again is harmless).
        for (var index = (chunks / 2) - 1; index < chunks; index++)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await PutChunkAsync(member, clientId, id, fileId, index, pdf[(index * Chunk)..Math.Min(pdf.Length, (index + 1) * Chunk)])).StatusCode);
        }

        var finish = await member.PostAsync($"{Files(clientId, id)}/{fileId}/finish", null);
        Assert.Equal(HttpStatusCode.OK, finish.StatusCode);
        var file = await finish.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("ready", "pdf", Convert.ToHexStringLower(SHA256.HashData(pdf))), (file.GetProperty("status").GetString(), file.GetProperty("kind").GetString(), file.GetProperty("sha256").GetString()));

        var download = await member.GetAsync($"{Files(clientId, id)}/{fileId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Jauda.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());

        // Finishing again answers the same file.
        var again = await (await member.PostAsync($"{Files(clientId, id)}/{fileId}/finish", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(file.GetProperty("sha256").GetString(), again.GetProperty("sha256").GetString());
    }

    public static TheoryData<string, byte[], string> Kinds() => new()
    {
        { "skice.png", TestFiles.Png(), "png" },
        { "foto.jpg", TestFiles.Jpeg(), "jpeg" },
        { "pilnvara.docx", TestFiles.Docx(), "docx" },
        { "tabula.xlsx", TestFiles.Xlsx(), "xlsx" },
        { "pilnvara.edoc", TestFiles.Asice(), "asice" },
        { "sertifikats.asice", TestFiles.Asice(), "asice" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task EachAcceptedKind_IsKnownByItsContent(string name, byte[] content, string kind)
    {
        var (member, clientId) = await CompanyAsync();
        var id = await SubmissionSubmitTests.DraftAsync(member, clientId);

        var response = await UploadAsync(member, clientId, id, name, content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var file = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((kind, name), (file.GetProperty("kind").GetString(), file.GetProperty("name").GetString()));
        if (kind == "asice")
        {
            // As the container states it; the page says the portal did not verify it.
            Assert.Contains("Jānis Bērziņš", file.GetProperty("signedBy").GetString(), StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, byte[], string> LookAlikes() => new()
    {
        { "programma.pdf", TestFiles.Executable(), "program" },
        { "arhivs.docx", TestFiles.Zip(("a.txt", "a")), "ZIP archive" },
        { "parakstits.edoc", TestFiles.Zip(("a.txt", "a")), "ZIP archive" },
        { "bumba.docx", TestFiles.ZipBomb(), "unpacks" },
        { "makro.docx", TestFiles.Docx(macros: true), "macros" },
        { "skripts.pdf", TestPdf.WithCatalog("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"), "active content" },
        { "liels-skripts.pdf", TestPdf.WithCatalog("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>" + new string(' ', 300_000)), "active content" },
    };

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public async Task ALookAlike_IsRefusedByContent_AndNothingIsKept(string name, byte[] content, string says)
    {
        var (member, clientId) = await CompanyAsync();
        var id = await SubmissionSubmitTests.DraftAsync(member, clientId);

        // In one chunk it is judged as it arrives; in several, when finished.
        var problem = await ProblemAssert.IsProblemAsync(await UploadAsync(member, clientId, id, name, content, content.Length > 2 * SubmissionAttachments.MinChunkBytes ? Chunk : SubmissionAttachments.MaxChunkBytes), HttpStatusCode.BadRequest);

        Assert.Contains(says, problem.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        Assert.Empty((await member.GetFromJsonAsync<JsonElement>(Files(clientId, id))).GetProperty("items").EnumerateArray());
        var container = await portal.Service<PortalStorage>().ContainerAsync(StorageNames.SubmissionFilesContainer, CancellationToken.None);
        Assert.False(await container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.Uncommitted, $"{clientId}/", CancellationToken.None).AnyAsync());
    }

    [Fact]
    public async Task SizesChunksAndNames_AreChecked_WithFieldErrors()
    {
        var (member, clientId) = await CompanyAsync();
        var id = await SubmissionSubmitTests.DraftAsync(member, clientId);

        async Task<JsonElement> RefusedAsync(object body) =>
            (await ProblemAssert.IsProblemAsync(await member.PostAsJsonAsync(Files(clientId, id), body), HttpStatusCode.BadRequest)).GetProperty("errors");

        Assert.True((await RefusedAsync(new { name = "a.pdf", size = SubmissionAttachments.MaxFileBytes + 1 })).TryGetProperty("size", out _));
        Assert.True((await RefusedAsync(new { name = "a.pdf", size = 0 })).TryGetProperty("size", out _));
        Assert.True((await RefusedAsync(new { name = "../..", size = 10 })).TryGetProperty("name", out _));
        Assert.True((await RefusedAsync(new { name = "a.pdf", size = 10, chunkSize = 1000 })).TryGetProperty("chunkSize", out _));

        // 100 MB a submission: five files of 20 MB declared fill it.
        for (var i = 0; i < 5; i++)
        {
            await BeginAsync(member, clientId, id, $"liels-{i}.pdf", SubmissionAttachments.MaxFileBytes);
        }

        Assert.Contains("100 MB", (await RefusedAsync(new { name = "vel.pdf", size = 1 })).GetProperty("size")[0].GetString(), StringComparison.Ordinal);

        var other = await SubmissionSubmitTests.DraftAsync(member, clientId);
        var fileId = (await BeginAsync(member, clientId, other, "a.pdf", (2 * Chunk) + 10)).GetProperty("id").GetString()!;
        var shortChunk = await ProblemAssert.IsProblemAsync(await PutChunkAsync(member, clientId, other, fileId, 0, new byte[10]), HttpStatusCode.BadRequest);
        Assert.True(shortChunk.GetProperty("errors").TryGetProperty("body", out _));
        var pastTheEnd = await ProblemAssert.IsProblemAsync(await PutChunkAsync(member, clientId, other, fileId, 3, new byte[10]), HttpStatusCode.BadRequest);
        Assert.True(pastTheEnd.GetProperty("errors").TryGetProperty("index", out _));
        await ProblemAssert.IsProblemAsync(await PutChunkAsync(member, clientId, other, fileId, 0, new byte[SubmissionAttachments.MaxChunkBytes + 1]), HttpStatusCode.RequestEntityTooLarge);
        await ProblemAssert.IsProblemAsync(await PutChunkAsync(member, clientId, other, "0123456789abcdef0123456789abcdef", 0, new byte[10]), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Files_AreOnlyForMembersOfTheirClient()
    {
        var (member, clientId) = await CompanyAsync();
        var (stranger, strangerClientId) = await CompanyAsync();
        var id = await SubmissionSubmitTests.DraftAsync(member, clientId);
        var file = await (await UploadAsync(member, clientId, id, "a.png", TestFiles.Png())).Content.ReadFromJsonAsync<JsonElement>();
        var path = $"{Files(clientId, id)}/{file.GetProperty("id").GetString()}";

        // Another client's member learns nothing, not even that the client exists.
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.DeleteAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"{Files(strangerClientId, id)}/{file.GetProperty("id").GetString()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await portal.CreateClient().GetAsync(path)).StatusCode);
    }

    [Fact]
    [Trait("Clause", "31")]
    public async Task ASubmissionsFiles_AreSentWithIt_InItsHashEventAndReceipt_AndThenFixed()
    {
        var (member, clientId) = await CompanyAsync();
        var id = await SubmissionSubmitTests.DraftAsync(member, clientId);
        var pdf = BigPdf(100);
        var first = await (await UploadAsync(member, clientId, id, "Pilnvara.pdf", pdf)).Content.ReadFromJsonAsync<JsonElement>();
        await UploadAsync(member, clientId, id, "parakstits.edoc", TestFiles.Asice());
        var dropped = await (await UploadAsync(member, clientId, id, "lieks.png", TestFiles.Png())).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.NoContent, (await member.DeleteAsync($"{Files(clientId, id)}/{dropped.GetProperty("id").GetString()}")).StatusCode);

        // A file still uploading holds the submit back.
        var pending = (await BeginAsync(member, clientId, id, "nepabeigts.pdf", 100)).GetProperty("id").GetString()!;
        var held = await ProblemAssert.IsProblemAsync(await SubmissionSubmitTests.SubmitAsync(member, clientId, id, Guid.NewGuid().ToString()), HttpStatusCode.BadRequest);
        Assert.True(held.GetProperty("errors").TryGetProperty("attachments", out _));
        Assert.Equal(HttpStatusCode.NoContent, (await member.DeleteAsync($"{Files(clientId, id)}/{pending}")).StatusCode);

        var submit = await SubmissionSubmitTests.SubmitAsync(member, clientId, id, Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        var receipt = await submit.Content.ReadFromJsonAsync<JsonElement>();

        var sent = await member.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}/submissions/{id}");
        var files = sent.GetProperty("attachments").EnumerateArray().ToList();
        Assert.Equal(["Pilnvara.pdf", "parakstits.edoc"], files.Select(f => f.GetProperty("name").GetString()));
        List<SentAttachment> expected = [.. files.Select(f => new SentAttachment(f.GetProperty("id").GetString()!, f.GetProperty("name").GetString()!, f.GetProperty("kind").GetString()!,
            f.GetProperty("size").GetInt64(), f.GetProperty("sha256").GetString()!, f.GetProperty("signedBy").GetString()))];
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), expected[0].Sha256);
        Assert.Equal(SubmissionHash.Of(clientId, id, "free-form", 1, sent.GetProperty("content"), expected), receipt.GetProperty("sha256").GetString());

        var table = await portal.Service<PortalStorage>().TableAsync(StorageNames.SubmissionsTable, CancellationToken.None);
        var sentEvent = Assert.Single(await table.QueryAsync<TableEntity>(e => e.PartitionKey == clientId && e.RowKey.CompareTo("outbox|") >= 0 && e.RowKey.CompareTo("outbox}") < 0)
            .Where(e => e.GetString("Kind") == "event").ToListAsync());
        var data = JsonDocument.Parse(sentEvent.GetString("Payload")).RootElement.GetProperty("data");
        var listed = JsonDocument.Parse(data.GetProperty("attachments").GetString()!).RootElement.EnumerateArray().ToList();
        Assert.Equal(expected.Select(f => (f.Id, f.Sha256)), listed.Select(f => (f.GetProperty("id").GetString()!, f.GetProperty("sha256").GetString()!)));

        // The files still download; none can be added or removed any more.
        Assert.Equal(pdf, await member.GetByteArrayAsync($"{Files(clientId, id)}/{first.GetProperty("id").GetString()}"));
        await ProblemAssert.IsProblemAsync(await member.PostAsJsonAsync(Files(clientId, id), new { name = "velak.pdf", size = 10 }), HttpStatusCode.Conflict);
        await ProblemAssert.IsProblemAsync(await member.DeleteAsync($"{Files(clientId, id)}/{first.GetProperty("id").GetString()}"), HttpStatusCode.Conflict);
        var receiptPdf = await member.GetByteArrayAsync($"/api/clients/{clientId}/submissions/{id}/receipt");
        Assert.True(receiptPdf.Length > 1000);
    }

    [Fact]
    public async Task ADeletedDraft_TakesItsFilesWithIt()
    {
        var (member, clientId) = await CompanyAsync();
        var id = await SubmissionSubmitTests.DraftAsync(member, clientId);
        await UploadAsync(member, clientId, id, "a.png", TestFiles.Png());
        var container = await portal.Service<PortalStorage>().ContainerAsync(StorageNames.SubmissionFilesContainer, CancellationToken.None);
        Assert.True(await container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.Uncommitted, $"{clientId}/", CancellationToken.None).AnyAsync());

        Assert.Equal(HttpStatusCode.NoContent, (await member.DeleteAsync($"/api/clients/{clientId}/submissions/{id}")).StatusCode);

        Assert.False(await container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.Uncommitted, $"{clientId}/", CancellationToken.None).AnyAsync());
        var table = await portal.Service<PortalStorage>().TableAsync(StorageNames.SubmissionsTable, CancellationToken.None);
        Assert.False(await table.QueryAsync<TableEntity>(e => e.PartitionKey == clientId && e.RowKey.CompareTo("attachment|") >= 0 && e.RowKey.CompareTo("attachment}") < 0).AnyAsync());
    }

    [Fact]
    public async Task TheBackOffice_FetchesTheFilesSent_AndFilesAddedForAnAnswer_GoWithTheAnswer()
    {
        var backOffice = await portal.CreateStaffClientAsync("backoffice");
        var (_, member, clientId) = await PermitFeedTests.CompanyWithMemberAsync(portal, backOffice, [], Scope.Submit);
        var id = await SubmissionSubmitTests.DraftAsync(member, clientId);
        var pdf = BigPdf(10);
        var fileId = (await (await UploadAsync(member, clientId, id, "Pilnvara.pdf", pdf)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var fetch = $"/api/backoffice/submissions/{id}/attachments/{fileId}";

        // A draft's file is not ES's to fetch; once sent it is, on the client's trail.
        Assert.Equal(HttpStatusCode.NotFound, (await backOffice.GetAsync(fetch)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SubmissionSubmitTests.SubmitAsync(member, clientId, id, Guid.NewGuid().ToString())).StatusCode);
        var fetched = await backOffice.GetAsync(fetch);
        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        Assert.Equal(pdf, await fetched.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await backOffice.GetAsync($"/api/backoffice/submissions/{id}/attachments/0123456789abcdef0123456789abcdef")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await portal.CreateClient().GetAsync(fetch)).StatusCode);
        var (trail, _) = await portal.Service<AuditTrail>().ReadAsync(AuditTrail.ClientChain(clientId), 50, null, CancellationToken.None);
        Assert.Contains(trail, r => r.Action == AuditActions.SubmissionAttachmentFetch && r.Target.Contains(fileId, StringComparison.Ordinal));

        // Sent, it takes no files until ES asks for information; then files go with the answer.
        await ProblemAssert.IsProblemAsync(await member.PostAsJsonAsync(Files(clientId, id), new { name = "velak.png", size = 10 }), HttpStatusCode.Conflict);
        (await backOffice.PostAsJsonAsync("/api/backoffice/submission-statuses", new[]
        {
            new { submissionId = id, version = 1, status = "information-requested", message = "Lūdzu pievienojiet antenas datu lapu.", changedAt = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O") },
        })).EnsureSuccessStatusCode();
        var extra = (await (await UploadAsync(member, clientId, id, "Antena.png", TestFiles.Png())).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var unfinished = (await BeginAsync(member, clientId, id, "nepabeigts.pdf", 100)).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.NotFound, (await backOffice.GetAsync($"/api/backoffice/submissions/{id}/attachments/{extra}")).StatusCode);

        Task<HttpResponseMessage> AnswerAsync(params string[] attachmentIds)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/clients/{clientId}/submissions/{id}/answers") { Content = JsonContent.Create(new { text = "Datu lapa pielikumā.", attachmentIds }) };
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            return member.SendAsync(request);
        }

        var wrong = await ProblemAssert.IsProblemAsync(await AnswerAsync(extra, unfinished), HttpStatusCode.BadRequest);
        Assert.True(wrong.GetProperty("errors").TryGetProperty("attachmentIds[1]", out _));
        var wrongSent = await ProblemAssert.IsProblemAsync(await AnswerAsync(fileId), HttpStatusCode.BadRequest);
        Assert.True(wrongSent.GetProperty("errors").TryGetProperty("attachmentIds[0]", out _));

        var answered = await AnswerAsync(extra);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var entry = await answered.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Antena.png", Assert.Single(entry.GetProperty("attachments").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(TestFiles.Png(), await backOffice.GetByteArrayAsync($"/api/backoffice/submissions/{id}/attachments/{extra}"));
        await ProblemAssert.IsProblemAsync(await member.DeleteAsync($"{Files(clientId, id)}/{extra}"), HttpStatusCode.Conflict);

        var table = await portal.Service<PortalStorage>().TableAsync(StorageNames.SubmissionsTable, CancellationToken.None);
        var answerEvent = Assert.Single(await table.QueryAsync<TableEntity>(e => e.PartitionKey == clientId && e.RowKey.CompareTo("outbox|") >= 0 && e.RowKey.CompareTo("outbox}") < 0)
            .Where(e => e.GetString("EventType") == "submission.answered").ToListAsync());
        var sentFiles = JsonDocument.Parse(JsonDocument.Parse(answerEvent.GetString("Payload")).RootElement.GetProperty("data").GetProperty("attachments").GetString()!).RootElement;
        Assert.Equal([extra], sentFiles.EnumerateArray().Select(f => f.GetProperty("id").GetString()));
        var listed = (await member.GetFromJsonAsync<JsonElement>(Files(clientId, id))).GetProperty("items").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("sentWith").ToString());
        Assert.Equal(("submission", "answer", ""), (listed[fileId], listed[extra], listed[unfinished]));

        // Once ES moves on, a file begun for an answer is no longer taken.
        var late = (await BeginAsync(member, clientId, id, "velu.png", TestFiles.Png().Length, SubmissionAttachments.MaxChunkBytes)).GetProperty("id").GetString()!;
        (await backOffice.PostAsJsonAsync("/api/backoffice/submission-statuses", new[]
        {
            new { submissionId = id, version = 2, status = "in-review", message = (string?)null, changedAt = DateTimeOffset.UtcNow.ToString("O") },
        })).EnsureSuccessStatusCode();
        await ProblemAssert.IsProblemAsync(await PutChunkAsync(member, clientId, id, late, 0, TestFiles.Png()), HttpStatusCode.Conflict);
    }
}
