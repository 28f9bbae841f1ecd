using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portal.Core.Audit;
using Portal.Core.Outcomes;
using Portal.Core.Registrations;
using Portal.Core.Staff;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Staff;

/// <summary>GET /api/staff/registrations/{id}/document: the company's authority document (PDF). The read is audited.</summary>
public sealed class StaffRegistrationDocumentFunction(RegistrationReview review, AuditTrail audit)
{
    [Function("StaffRegistrationDocument")]
    [StaffRole(StaffRoles.Operator)]
    [Responds(StatusCodes.Status200OK, MediaType = "application/pdf", Problems = [ProblemTypes.NotFound])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/registrations/{id}/document")] HttpRequest request,
        string id)
    {
        var staff = request.Proven<StaffMember>();

        var http = request.HttpContext;
        if (await review.OpenDocumentAsync(id, http.RequestAborted) is not { } document)
        {
            return Problems.NotFound(http, ProblemTypes.NotFound, "The application has no document.");
        }

        await StaffReads.RecordAsync(audit, staff, StaffRegistrationFunction.RegistrationEntityChain(id), null, $"registration-document:{id}", http);
        return StoredDocuments.Attachment(http, document, "application/pdf", $"authority-{id}.pdf");
    }
}
