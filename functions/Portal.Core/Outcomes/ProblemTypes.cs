namespace Portal.Core.Outcomes;

/// <summary>The problem types the API answers with (RFC 9457 <c>type</c>): the registry of what can go wrong, named once.</summary>
public static class ProblemTypes
{
    private const string PortalTypes = "https://radioatlaujas.lv/problems/";

    public const string BadRequest = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1";
    public const string NotFound = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5";
    public const string ServerError = "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1";
    public const string RouteNotFound = PortalTypes + "route-not-found";
    public const string TermsVersionNotFound = PortalTypes + "terms-version-not-found";
    public const string StorageUnavailable = PortalTypes + "storage-unavailable";
    public const string StorageBusy = PortalTypes + "storage-busy";
    public const string XsrfTokenMissing = PortalTypes + "xsrf-token-missing";
    public const string SignInFailed = PortalTypes + "sign-in-failed";
    public const string PaymentAnswerRefused = PortalTypes + "payment-answer-refused";
    public const string PaymentInProgress = PortalTypes + "payment-in-progress";
    public const string AccessBlocked = PortalTypes + "access-blocked";
    public const string SessionRequired = PortalTypes + "session-required";
    public const string PasswordChangeRequired = PortalTypes + "password-change-required";
    public const string TermsAcceptanceRequired = PortalTypes + "terms-acceptance-required";
    public const string Conflict = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10";
    public const string AlreadyDecided = PortalTypes + "already-decided";
    public const string ActivationLinkExpired = PortalTypes + "activation-link-expired";
    public const string CodeExpired = PortalTypes + "code-expired";
    public const string ReauthenticationRequired = PortalTypes + "reauthentication-required";
    public const string ActivationLinkSuperseded = PortalTypes + "activation-link-superseded";
    public const string LastAdmin = PortalTypes + "last-admin";
    public const string InvitationForAnotherAccount = PortalTypes + "invitation-for-another-account";
    public const string ClientNotFound = PortalTypes + "client-not-found";
    public const string ScopeRequired = PortalTypes + "scope-required";
    public const string ServiceNotAvailable = PortalTypes + "service-not-available";
    public const string ServiceNotRegistered = PortalTypes + "service-not-registered";
    public const string StaffSignInRequired = PortalTypes + "staff-sign-in-required";
    public const string StaffRoleRequired = PortalTypes + "staff-role-required";
    public const string TooManyRequests = "https://www.rfc-editor.org/rfc/rfc6585#section-4";
    public const string PayloadTooLarge = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14";
    public const string PreconditionFailed = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13";
    public const string PreconditionRequired = "https://www.rfc-editor.org/rfc/rfc6585#section-3";
    public const string IdempotencyKeyReused = PortalTypes + "idempotency-key-reused";
}
