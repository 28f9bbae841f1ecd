using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;
using Portal.Core.Documents;
using Portal.Core.Outcomes;
using Portal.Core.Submissions;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Submissions;

/// <summary>
/// A draft's files, uploaded resumably (<see cref="SubmissionAttachments"/>): <c>POST attachments</c> declares the upload and answers its
/// id and chunk size; <c>PUT attachments/{id}/chunks/{index}</c> sends each chunk (an upload cut short resumes from
/// <c>received</c>, which <c>GET attachments</c> gives); <c>POST attachments/{id}/finish</c> commits and judges the file.
/// <c>GET attachments/{id}</c> downloads a ready file as an attachment; <c>DELETE attachments/{id}</c> removes a draft's file.
/// </summary>
public sealed class SubmissionAttachmentFunctions(SubmissionAttachments attachments)
{
    private const string Base = "clients/{clientId}/submissions/{submissionId}/attachments";

    [Function("BeginSubmissionAttachment")]
    [ClientService(ClientServices.Submissions)]
    [Responds(StatusCodes.Status201Created, typeof(SubmissionAttachment), Request = [typeof(AttachmentRequest)], Problems = [ProblemTypes.NotFound, ProblemTypes.Conflict])]
    public async Task<IActionResult> Begin(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Base)] HttpRequest request,
        string clientId,
        string submissionId)
    {
        var http = request.HttpContext;
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.AttachmentRequest, (body, errors) =>
        {
            if (body.Size is null)
            {
                errors.Add("size", "Give the file's size in bytes.");
            }

            return (Name: errors.Required("name", body.Name, "Name the file."), Size: body.Size ?? 0, body.ChunkSize);
        });
        if (read.Failed)
        {
            return read.Problem;
        }

        var (name, size, chunkSize) = read.Value;
        var outcome = await attachments.BeginAsync(clientId, submissionId, Editor.Of(request.Proven<ClientAccess>().User.Account), name, size, chunkSize, http.RequestAborted);
        return outcome.ToResult(http, file =>
        {
            http.Response.Headers.Location = $"/api/clients/{clientId}/submissions/{submissionId}/attachments/{file.Id}";
            return new ObjectResult(file) { StatusCode = StatusCodes.Status201Created };
        });
    }

    [Function("PutSubmissionAttachmentChunk")]
    [ClientService(ClientServices.Submissions)]
    [Responds(StatusCodes.Status204NoContent, RequestMediaType = "application/octet-stream", RequestMaxBytes = SubmissionAttachments.MaxChunkBytes,
        Problems = [ProblemTypes.BadRequest, ProblemTypes.NotFound, ProblemTypes.Conflict])]
    public async Task<IActionResult> PutChunk(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Base + "/{attachmentId}/chunks/{index}")] HttpRequest request,
        string clientId,
        string submissionId,
        string attachmentId,
        string index)
    {
        var http = request.HttpContext;
        if (!int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return Problems.Validation(http, "index", "The chunk's number: 0, 1, 2 ...");
        }

        // The pipeline stops a body past MaxChunkBytes (RequestLimits).
        var outcome = await attachments.PutChunkAsync(clientId, submissionId, attachmentId, number, await LimitedBody.ReadAllAsync(request), http.RequestAborted);
        return outcome.ToResult(http);
    }

    [Function("FinishSubmissionAttachment")]
    [ClientService(ClientServices.Submissions)]
    [Responds(typeof(SubmissionAttachment), Problems = [ProblemTypes.BadRequest, ProblemTypes.NotFound, ProblemTypes.Conflict])]
    public async Task<IActionResult> Finish(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Base + "/{attachmentId}/finish")] HttpRequest request,
        string clientId,
        string submissionId,
        string attachmentId)
    {
        var http = request.HttpContext;
        var outcome = await attachments.FinishAsync(clientId, submissionId, attachmentId, http.RequestAborted);
        return outcome.ToResult(http, file => new OkObjectResult(file));
    }

    [Function("SubmissionAttachments")]
    [ClientService(ClientServices.Submissions)]
    [Responds(typeof(AttachmentListResponse))]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Base)] HttpRequest request,
        string clientId,
        string submissionId)
    {
        var http = request.HttpContext;
        http.Response.Headers.CacheControl = "no-store";
        return new OkObjectResult(new AttachmentListResponse(await attachments.ListAsync(clientId, submissionId, http.RequestAborted)));
    }

    [Function("SubmissionAttachment")]
    [ClientService(ClientServices.Submissions)]
    [Responds(StatusCodes.Status200OK, MediaType = AttachmentKind.MediaTypes, Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Download(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Base + "/{attachmentId}")] HttpRequest request,
        string clientId,
        string submissionId,
        string attachmentId)
    {
        var http = request.HttpContext;
        if (await attachments.OpenAsync(clientId, submissionId, attachmentId, http.RequestAborted) is not { } found)
        {
            return Problems.NotFound(http, ProblemTypes.NotFound, "There is no such file ready on this submission.");
        }

        return StoredDocuments.Attachment(http, found.Content, found.File.MediaType!, found.File.Name);
    }

    [Function("DeleteSubmissionAttachment")]
    [ClientService(ClientServices.Submissions)]
    [Responds(StatusCodes.Status204NoContent, Problems = [ProblemTypes.NotFound, ProblemTypes.Conflict])]
    public async Task<IActionResult> Delete(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = Base + "/{attachmentId}")] HttpRequest request,
        string clientId,
        string submissionId,
        string attachmentId)
    {
        var http = request.HttpContext;
        var outcome = await attachments.DeleteAsync(clientId, submissionId, attachmentId, http.RequestAborted);
        return outcome.ToResult(http);
    }
}
