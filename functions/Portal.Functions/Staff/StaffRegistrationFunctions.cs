using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Audit;
using Portal.Core.Registrations;
using Portal.Core.Staff;
using Portal.Functions.Pipeline;
using Portal.Functions.Access;

namespace Portal.Functions.Staff;

public sealed record ApproveRequest(IReadOnlyList<string>? Scopes);

public sealed record RejectRequest(string? Reason);

/// <summary>An application in the list: enough to choose it; the personal code and contacts only when it is opened (and that read is audited).</summary>
public sealed record RegistrationSummary(
    string Id, string Email, string PersonKind, string FirstName, string LastName, string? CompanyName, string? RegistrationNumber, DateTimeOffset SubmittedAt, bool HasDocument)
{
    public static RegistrationSummary From(RegistrationDetails application) => new(
        application.Id, application.Email, application.PersonKind, application.FirstName, application.LastName,
        application.CompanyName, application.RegistrationNumber, application.SubmittedAt, application.HasDocument);
}

public sealed record RegistrationListResponse(IReadOnlyList<RegistrationSummary> Items, string? ContinuationToken);

/// <summary>GET /api/staff/registrations?status=pending: applications waiting for review, oldest first.</summary>
public sealed class StaffRegistrationsFunction(RegistrationReview review, AuditTrail audit)
{
    private const int PageSize = 50;

    [Function("StaffRegistrations")]
    [StaffRole(StaffRoles.Operator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/registrations")] HttpRequest request)
    {
        var staff = request.Proven<StaffMember>();

        var http = request.HttpContext;
        if (request.Query["status"].ToString() is { Length: > 0 } status && status != "pending")
        {
            return Problems.Validation(http, new Dictionary<string, string[]> { ["status"] = ["Only pending applications are listed; open a decided one by its id."] });
        }

        var page = await review.ListPendingAsync(PageSize, ContinuationToken.Of(request), http.RequestAborted);
        await audit.AppendAsync(AuditTrail.StaffChain(staff.Id), staff.Actor, clientId: null, AuditActions.StaffRead,
            $"registrations:{string.Join(',', page.Items.Select(i => i.Id))}", AuditActions.Succeeded, ClientInfo.Origin(http), http.RequestAborted);
        return new OkObjectResult(new RegistrationListResponse([.. page.Items.Select(RegistrationSummary.From)], page.ContinuationToken));
    }
}

/// <summary>GET /api/staff/registrations/{id}: one application, whatever its status. The read is audited.</summary>
public sealed class StaffRegistrationFunction(RegistrationReview review, AuditTrail audit)
{
    [Function("StaffRegistration")]
    [StaffRole(StaffRoles.Operator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/registrations/{id}")] HttpRequest request,
        string id)
    {
        var staff = request.Proven<StaffMember>();

        var http = request.HttpContext;
        if (await review.GetAsync(id, http.RequestAborted) is not { } application)
        {
            return Problems.NotFound(http, Problems.Types.NotFound, "There is no such application.");
        }

        await StaffReads.RecordAsync(audit, staff, RegistrationEntityChain(id), application.ClientId, $"registration:{id}", http);
        return new OkObjectResult(application);
    }

    internal static string RegistrationEntityChain(string id) => $"registration|{id}";
}

/// <summary>GET /api/staff/registrations/{id}/document: the company's authority document (PDF). The read is audited.</summary>
public sealed class StaffRegistrationDocumentFunction(RegistrationReview review, AuditTrail audit)
{
    [Function("StaffRegistrationDocument")]
    [StaffRole(StaffRoles.Operator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/registrations/{id}/document")] HttpRequest request,
        string id)
    {
        var staff = request.Proven<StaffMember>();

        var http = request.HttpContext;
        if (await review.OpenDocumentAsync(id, http.RequestAborted) is not { } document)
        {
            return Problems.NotFound(http, Problems.Types.NotFound, "The application has no document.");
        }

        await StaffReads.RecordAsync(audit, staff, StaffRegistrationFunction.RegistrationEntityChain(id), null, $"registration-document:{id}", http);
        http.Response.Headers.ContentDisposition = $"inline; filename=\"authority-{id}.pdf\"";
        return new FileStreamResult(document, "application/pdf");
    }
}

/// <summary>POST /api/staff/registrations/{id}/approve {scopes?}: creates the user, links the client, emails the activation link.</summary>
public sealed class ApproveRegistrationFunction(RegistrationReview review)
{
    [Function("ApproveRegistration")]
    [StaffRole(StaffRoles.Operator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/registrations/{id}/approve")] HttpRequest request,
        string id)
    {
        var staff = request.Proven<StaffMember>();

        var http = request.HttpContext;
        var (body, invalid) = request.ContentLength is 0 or null && !request.Headers.ContentType.Any()
            ? (null, null)
            : await JsonBody.ReadAsync(request, PortalJsonContext.Default.ApproveRequest);
        if (invalid is not null)
        {
            return invalid;
        }

        IReadOnlyList<string>? scopes = null;
        if (body?.Scopes is { } given && (scopes = Core.Clients.Scopes.Parse(given)) is null)
        {
            return Problems.Validation(http, new Dictionary<string, string[]>
            {
                ["scopes"] = [$"Choose one or more of: {string.Join(", ", Core.Clients.Scopes.All)}."],
            });
        }

        return ReviewResults.From(http, await review.ApproveAsync(id, scopes, staff, ClientInfo.Origin(http), http.RequestAborted));
    }
}

/// <summary>POST /api/staff/registrations/{id}/reject {reason}: the applicant is told the reason by email.</summary>
public sealed class RejectRegistrationFunction(RegistrationReview review)
{
    [Function("RejectRegistration")]
    [StaffRole(StaffRoles.Operator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/registrations/{id}/reject")] HttpRequest request,
        string id)
    {
        var staff = request.Proven<StaffMember>();

        var http = request.HttpContext;
        var (body, invalid) = await JsonBody.ReadAsync(request, PortalJsonContext.Default.RejectRequest);
        if (invalid is not null)
        {
            return invalid;
        }

        return ReviewResults.From(http, await review.RejectAsync(id, body!.Reason, staff, ClientInfo.Origin(http), http.RequestAborted));
    }
}

/// <summary>The repair timer: finishes approvals a crash or timeout left half-done (DESIGN.md: roll forward).</summary>
public sealed class RegistrationRepairFunction(RegistrationReview review)
{
    [Function("RegistrationRepair")]
    public Task Run([TimerTrigger("0 */5 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        review.FinishOpenApprovalsAsync(cancellationToken);
}

internal static class ReviewResults
{
    public static IActionResult From(HttpContext http, ReviewOutcome outcome) => outcome switch
    {
        ReviewOutcome.Done done => new OkObjectResult(done.Application),
        ReviewOutcome.NotFound => Problems.NotFound(http, Problems.Types.NotFound, "There is no such application."),
        ReviewOutcome.AlreadyDecided decided => Problems.Conflict(http, Problems.Types.AlreadyDecided, $"The application is {decided.Status} already."),
        ReviewOutcome.Invalid invalid => Problems.Validation(http, invalid.Errors.ToDictionary(e => e.Key, e => e.Value)),
        _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
    };
}

/// <summary>Every staff read of a person's data goes into the person's (or application's) trail and the staff member's own (§23, DESIGN.md).</summary>
internal static class StaffReads
{
    public static async Task RecordAsync(AuditTrail audit, StaffMember staff, string chain, string? clientId, string target, HttpContext http)
    {
        var origin = ClientInfo.Origin(http);
        await audit.AppendAsync(chain, staff.Actor, clientId, AuditActions.StaffRead, target, AuditActions.Succeeded, origin, http.RequestAborted);
        await audit.AppendAsync(AuditTrail.StaffChain(staff.Id), staff.Actor, clientId, AuditActions.StaffRead, target, AuditActions.Succeeded, origin, http.RequestAborted);
    }
}
