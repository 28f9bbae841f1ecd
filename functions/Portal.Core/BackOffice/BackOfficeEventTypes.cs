namespace Portal.Core.BackOffice;

/// <summary>The event types the back office receives.</summary>
public static class BackOfficeEventTypes
{
    public const string RepresentativeInvited = "representative.invited";
    public const string RepresentativeConfirmed = "representative.confirmed";
    public const string RepresentativeRemoved = "representative.removed";
    public const string RepresentativeInvitationRevoked = "representative.invitation-revoked";
    public const string ProfileChanged = "profile.changed";
    public const string RegistrationApproved = "registration.approved";
    public const string SubmissionSubmitted = "submission.submitted";
    public const string PortalFeedback = "portal.feedback";
}
