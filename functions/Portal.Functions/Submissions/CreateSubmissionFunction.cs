using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Clients;
using Portal.Core.Outcomes;
using Portal.Core.Permits;
using Portal.Core.Submissions;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Submissions;

/// <summary>
/// POST /api/clients/{clientId}/submissions: begins a draft of a form the client is offered, on the form's first change. Answers
/// 201 with the draft, its <c>ETag</c> (every later save names it in <c>If-Match</c>) and <c>Location</c>. A form begun from a permit (an
/// amendment) takes <c>permitId</c> instead of content, and the draft begins with the permit's values (<see cref="PermitPrefill"/>).
/// </summary>
public sealed class CreateSubmissionFunction(Core.Submissions.Submissions submissions, FormCatalog forms, PermitViews permits)
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
        var read = await JsonBody.ReadAsync(request, PortalJsonContext.Default.SubmissionDraftRequest, (body, errors) =>
        {
            var form = Form(body, errors, access.Client);
            return (Form: form, Content: form is { BeginsFromPermit: true } ? FromPermit(body, errors, access.Membership) : SubmissionForms.Content(body.Content, errors), body.PermitId);
        });
        if (read.Failed)
        {
            return read.Problem;
        }

        var (form, content, permitId) = read.Value;
        if (form!.BeginsFromPermit)
        {
            if (await permits.PermitAsync(clientId, permitId!, http.RequestAborted) is not { } permit)
            {
                return Problems.Validation(http, "permitId", "The client holds no permit with this id.");
            }

            content = PermitPrefill.Content(permit);
        }

        var submission = await submissions.CreateAsync(clientId, Editor.Of(access.User.Account), form, content, http.RequestAborted);
        http.Response.Headers.Location = $"/api/clients/{clientId}/submissions/{submission.Id}";
        http.Response.Headers.ETag = submission.Etag;
        return new ObjectResult(submission) { StatusCode = StatusCodes.Status201Created };
    }

    /// <summary>A draft begun from a permit: the permit's id, no content (the server fills it), and the right to read the permit's parameters.</summary>
    private static System.Text.Json.JsonElement FromPermit(SubmissionDraftRequest body, FieldErrors errors, Membership membership)
    {
        if (string.IsNullOrWhiteSpace(body.PermitId))
        {
            errors.Add("permitId", "This form begins from one of the client's permits: send its id.");
        }
        else if (!membership.Scopes.Contains(Scope.Technical))
        {
            errors.Add("permitId", "Beginning from a permit reads its technical parameters, which needs the technical right as well.");
        }

        if (body.Content is { ValueKind: System.Text.Json.JsonValueKind.Object } content && content.EnumerateObject().Any())
        {
            errors.Add("content", "This form begins from the permit's values: send permitId and no content, then save the changes.");
        }

        return default;
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
