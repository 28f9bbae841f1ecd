namespace Portal.Core.Audit;

/// <summary>The names of what the trail records; the UI translates them.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignOut = "sign-out";
    public const string PasswordChange = "password-change";
    public const string PasswordReset = "password-reset";
    public const string PasswordResetRequest = "password-reset-request";
    public const string SessionEnd = "session-end";
    public const string TermsAcceptance = "terms-acceptance";
    public const string RegistrationSubmit = "registration-submit";
    public const string StaffSignIn = "staff-sign-in";
    public const string RegistrationApprove = "registration-approve";
    public const string RegistrationReject = "registration-reject";
    public const string AccountCreate = "account-create";
    public const string AccountActivate = "account-activate";
    public const string ActivationResend = "activation-resend";
    public const string AccountBlock = "account-block";
    public const string AccountUnblock = "account-unblock";
    public const string AccountTerminate = "account-terminate";
    public const string AccountUnlock = "account-unlock";
    public const string PasswordChangeDemand = "password-change-demand";
    public const string ProfileChange = "profile-change";
    public const string EmailChangeRequest = "email-change-request";
    public const string EmailChange = "email-change";
    public const string StaffRead = "staff-read";
    public const string TermsPublish = "terms-publish";
    public const string RepresentativeInvite = "representative-invite";
    public const string InvitationConfirm = "invitation-confirm";
    public const string InvitationRevoke = "invitation-revoke";
    public const string InvitationAccept = "invitation-accept";
    public const string RepresentativeScopes = "representative-scopes";
    public const string RepresentativeRemove = "representative-remove";
    public const string ClientSettings = "client-settings";
    public const string EmailSent = "email-sent";
    public const string DataExport = "data-export";
    public const string CalendarRenew = "calendar-renew";

    /// <summary>A submission sent (§31): the target names it, its receipt number and the SHA-256 of its canonical JSON.</summary>
    public const string SubmissionSubmit = "submission-submit";

    /// <summary>The back office set a sent submission's status (on the client's trail): the target names it, the status and the version.</summary>
    public const string SubmissionStatus = "submission-status";

    /// <summary>The back office put a document for a sent submission (on the client's trail): the target names it, the document and its SHA-256.</summary>
    public const string SubmissionDocument = "submission-document";

    /// <summary>A user answered ES's request for information (on the user's trail).</summary>
    public const string SubmissionAnswer = "submission-answer";

    /// <summary>The back office fetched a file a submission or an answer sent.</summary>
    public const string SubmissionAttachmentFetch = "submission-attachment-fetch";

    /// <summary>A user asked ES to withdraw a sent submission (on the user's trail).</summary>
    public const string SubmissionWithdraw = "submission-withdraw";

    /// <summary>A sign-in through an external identity provider: on the user's trail, or the provider's or the person's own when it named no user.</summary>
    public const string ExternalSignIn = "external-sign-in";

    /// <summary>An external login linked to a user (by a first sign-in, the password, or the profile).</summary>
    public const string ExternalLink = "external-link";

    /// <summary>An external login removed from a user's profile.</summary>
    public const string ExternalUnlink = "external-unlink";

    /// <summary>An application closed because its person got an account through the unified login (on the application's trail).</summary>
    public const string RegistrationClose = "registration-close";

    /// <summary>A payment order made (pending), and what became of it: paid, cancelled, expired, booked (on the client's trail).</summary>
    public const string PaymentOrder = "payment-order";

    /// <summary>A payment provider's answer: settled, recognised as one already taken, or refused (with why).</summary>
    public const string PaymentAnswer = "payment-answer";

    /// <summary>Staff took a flagged payment order off their list, saying what they did.</summary>
    public const string PaymentFlagResolve = "payment-flag-resolve";

    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Locked = "locked";

    /// <summary>An approval stopped before it took effect, the application pending again.</summary>
    public const string Reopened = "reopened";

    /// <summary>An email change undone by the "this wasn't me" link sent to the old address.</summary>
    public const string Reverted = "reverted";
    public const string Blocked = "blocked";

    /// <summary>An external sign-in that named no user yet: what the person does next is in the target.</summary>
    public const string Pending = "pending";

    /// <summary>An answer or booking that was refused or kept but flagged for staff.</summary>
    public const string Refused = "refused";
}
