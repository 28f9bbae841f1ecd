using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Core.Submissions;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Submissions;

/// <summary>
/// POST /api/clients/{clientId}/submissions: begins a draft of a form the client is offered, on the form's first change. Answers
/// 201 with the draft, its <c>ETag</c> (every later save names it in <c>If-Match</c>) and <c>Location</c>.
/// </summary>
public sealed class CreateSubmissionFunction(Core.Submissions.Submissions submissions, FormCatalog forms)
{
    [Function("CreateSubmission")]
    [ClientService(ClientServices.Submissions)]
    [Responds(StatusCodes.Status201Created, typeof(Submission), Request = [typeof(SubmissionDraftRequest)])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clients/{clientId}/submissions")] HttpRequest request,
        string clientId)
    {
        var access = request.Proven<ClientAccess>();
        var http = request.HttpContext;
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.SubmissionDraftRequest, (body, errors) => (Form: Form(body, errors, access.Client), Content: SubmissionForms.Content(body.Content, errors)));
        if (read.Failed)
        {
            return read.Problem;
        }

        var submission = await submissions.CreateAsync(clientId, Editor.Of(access.User.Account), read.Value.Form!, read.Value.Content, http.RequestAborted);
        http.Response.Headers.Location = $"/api/clients/{clientId}/submissions/{submission.Id}";
        http.Response.Headers.ETag = submission.Etag;
        return new ObjectResult(submission) { StatusCode = StatusCodes.Status201Created };
    }

    private FormDefinition? Form(SubmissionDraftRequest body, FieldErrors errors, Client client)
    {
        if (forms.NewestOf(body.Kind ?? "") is not { } newest || !FormCatalog.Offers(newest, client))
        {
            errors.Add("kind", $"One of the forms this client is offered: {string.Join(", ", forms.OfferedTo(client).Select(f => f.Kind))}.");
            return null;
        }

        if (body.FormVersion is { } version && forms.Find(newest.Kind, version) is not { } asked)
        {
            errors.Add("formVersion", $"The form {newest.Kind} has no version {version}; the newest is {newest.Version}.");
            return null;
        }

        return body.FormVersion is { } chosen ? forms.Find(newest.Kind, chosen) : newest;
    }
}
