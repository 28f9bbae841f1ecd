using Microsoft.AspNetCore.Http;
using Portal.Core.Outcomes;

namespace Portal.Functions.Contract;

/// <summary>
/// Each problem type (<see cref="ProblemTypes"/>) with the one HTTP status it is answered with and
/// what it means to a caller, for the OpenAPI document. A test checks that every type has an entry.
/// </summary>
public static class ProblemCatalog
{
    public sealed record Entry(int Status, string Meaning);

    public static IReadOnlyDictionary<string, Entry> Types { get; } = new Dictionary<string, Entry>(StringComparer.Ordinal)
    {
        [ProblemTypes.BadRequest] = new(StatusCodes.Status400BadRequest, "The request has invalid fields; `errors` names each field (a JSON path such as `stations[0].frequencyMHz`) with its messages."),
        [ProblemTypes.SignInFailed] = new(StatusCodes.Status401Unauthorized, "The email or password is wrong, or the account is locked for a while (§12.1); the detail does not say which."),
        [ProblemTypes.PaymentInProgress] = new(StatusCodes.Status409Conflict, "An invoice chosen is already in a payment order pending or awaiting booking, or the client has as many orders in flight as it may; the detail names them."),
        [ProblemTypes.PaymentAnswerRefused] = new(StatusCodes.Status422UnprocessableEntity, "A payment provider's answer was refused: its signature, merchant, account or fields did not hold, or it names no order of ours as it stands; nothing was settled and the refusal is on the audit trail."),
        [ProblemTypes.SessionRequired] = new(StatusCodes.Status401Unauthorized, "There is no session, or it has ended: sign in."),
        [ProblemTypes.StaffSignInRequired] = new(StatusCodes.Status401Unauthorized, "No valid staff session or bearer token."),
        [ProblemTypes.XsrfTokenMissing] = new(StatusCodes.Status403Forbidden, "A state change without the anti-forgery header echoing the __Host-XSRF-TOKEN cookie."),
        [ProblemTypes.AccessBlocked] = new(StatusCodes.Status403Forbidden, "ES has blocked or ended the user's access (§17)."),
        [ProblemTypes.PasswordChangeRequired] = new(StatusCodes.Status403Forbidden, "The password has expired or ES asked for a new one (§15.3): change it first."),
        [ProblemTypes.TermsAcceptanceRequired] = new(StatusCodes.Status403Forbidden, "The terms of use changed since the user accepted them (§30): accept them first."),
        [ProblemTypes.InvitationForAnotherAccount] = new(StatusCodes.Status403Forbidden, "The invitation was sent to another email than the signed-in user's."),
        [ProblemTypes.ScopeRequired] = new(StatusCodes.Status403Forbidden, "The user lacks the scope this needs for the client (§2.5)."),
        [ProblemTypes.ServiceNotAvailable] = new(StatusCodes.Status403Forbidden, "The service is not offered to this client (its kind or billing arrangement)."),
        [ProblemTypes.ServiceNotRegistered] = new(StatusCodes.Status403Forbidden, "The client has not registered this service with ES."),
        [ProblemTypes.StaffRoleRequired] = new(StatusCodes.Status403Forbidden, "The staff member's app role does not allow this."),
        [ProblemTypes.NotFound] = new(StatusCodes.Status404NotFound, "There is no such resource, or it is not the caller's to see."),
        [ProblemTypes.RouteNotFound] = new(StatusCodes.Status404NotFound, "No API function answers this path and method."),
        [ProblemTypes.TermsVersionNotFound] = new(StatusCodes.Status404NotFound, "There is no such version of the terms of use."),
        [ProblemTypes.ClientNotFound] = new(StatusCodes.Status404NotFound, "There is no such client among the user's."),
        [ProblemTypes.Conflict] = new(StatusCodes.Status409Conflict, "The resource changed or is in another state; the title says how."),
        [ProblemTypes.AlreadyDecided] = new(StatusCodes.Status409Conflict, "The application has been approved or rejected already."),
        [ProblemTypes.LastAdmin] = new(StatusCodes.Status409Conflict, "A client keeps at least one admin representative."),
        [ProblemTypes.ReauthenticationRequired] = new(StatusCodes.Status403Forbidden, "An account without a password confirms this by signing in again with its external provider (Latvija.lv)."),
        [ProblemTypes.CodeExpired] = new(StatusCodes.Status410Gone, "The emailed code has expired or was entered wrong too often; ask for a new one."),
        [ProblemTypes.ActivationLinkExpired] = new(StatusCodes.Status410Gone, "The one-time link has expired; ask for a new one."),
        [ProblemTypes.ActivationLinkSuperseded] = new(StatusCodes.Status410Gone, "A newer link of the same kind was sent and is still valid: use that one."),
        [ProblemTypes.PreconditionFailed] = new(StatusCodes.Status412PreconditionFailed, "The copy changed was not the latest (`If-Match` names an older ETag): `current` is the latest, with its `etag`."),
        [ProblemTypes.PreconditionRequired] = new(StatusCodes.Status428PreconditionRequired, "This change needs `If-Match` with the ETag of the copy it changes."),
        [ProblemTypes.IdempotencyKeyReused] = new(StatusCodes.Status422UnprocessableEntity, "The `Idempotency-Key` was used before with another request body: use a new key for another request."),
        [ProblemTypes.PayloadTooLarge] = new(StatusCodes.Status413PayloadTooLarge, "The body is larger than this route takes (64 KiB for JSON unless the operation says more); it was not read."),
        [ProblemTypes.TooManyRequests] = new(StatusCodes.Status429TooManyRequests, "Asked too often from here or for this address; `Retry-After` says when to try again."),
        [ProblemTypes.ServerError] = new(StatusCodes.Status500InternalServerError, "Something failed on the portal's side; quote the `correlationId`."),
        [ProblemTypes.StorageUnavailable] = new(StatusCodes.Status503ServiceUnavailable, "The portal's storage does not answer; try again in a few minutes."),
        [ProblemTypes.StorageBusy] = new(StatusCodes.Status503ServiceUnavailable, "What the request changes was changed by too many others at the same moment; `Retry-After` says when to try again."),
    };

    /// <summary>The entry of a type, or an error naming the type that has none.</summary>
    public static Entry Of(string type) =>
        Types.TryGetValue(type, out var entry) ? entry : throw new InvalidOperationException($"The problem type {type} has no entry in {nameof(ProblemCatalog)}.");
}
