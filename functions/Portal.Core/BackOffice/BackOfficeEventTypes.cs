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

    /// <summary>The user answered ES's request for information on a sent submission.</summary>
    public const string SubmissionAnswered = "submission.answered";

    /// <summary>The user asked ES to withdraw a sent submission; ES confirms with the status <c>withdrawn</c>.</summary>
    public const string SubmissionWithdrawalRequested = "submission.withdrawal-requested";
    public const string PortalFeedback = "portal.feedback";

    /// <summary>A natural-person client's user made by signing in with the unified login (§2.8, §10), acting for that client.</summary>
    public const string UserSignedUp = "user.signed-up";

    /// <summary>A payment order was paid, by the provider's signed answer: the back office books it, naming the order (<c>portalOrderId</c>).</summary>
    public const string PaymentOrderPaid = "payment-order.paid";
}
