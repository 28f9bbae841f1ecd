namespace Portal.Core.Submissions;

/// <summary>
/// How a sent submission moves on: the statuses the back office sets, what the user may do at each, and how a withdrawal the user
/// asked for shows until the back office answers it. The back office decides; the portal only refuses what cannot be (a status for a
/// submission not sent yet, an answer nobody asked for, a withdrawal once ES is reviewing it).
/// </summary>
public static class SubmissionProgress
{
    /// <summary>The statuses the back office feeds (<c>POST /api/backoffice/submission-statuses</c>).</summary>
    public static IReadOnlyList<SubmissionStatus> FromBackOffice { get; } =
        [SubmissionStatus.Received, SubmissionStatus.InReview, SubmissionStatus.InformationRequested, SubmissionStatus.Approved, SubmissionStatus.Rejected, SubmissionStatus.Withdrawn];

    /// <summary>Sent: it has its receipt number and is ES's to move on (neither a draft nor still sending).</summary>
    public static bool IsSent(SubmissionStatus status) => status is not (SubmissionStatus.Draft or SubmissionStatus.Sending);

    /// <summary>The user may answer while ES asks for information.</summary>
    public static bool MayAnswer(SubmissionStatus status) => status == SubmissionStatus.InformationRequested;

    /// <summary>What a request to withdraw does at <paramref name="status"/>.</summary>
    public static WithdrawalStep Withdrawal(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Submitted or SubmissionStatus.Received => WithdrawalStep.Request,
        SubmissionStatus.WithdrawalRequested or SubmissionStatus.Withdrawn => WithdrawalStep.AlreadyAsked,
        SubmissionStatus.Draft or SubmissionStatus.Sending => WithdrawalStep.NotSent,
        _ => WithdrawalStep.TooLate,
    };

    /// <summary>
    /// The status shown once the back office has fed <paramref name="fed"/>, and whether a withdrawal the user asked for is still open:
    /// <c>received</c> (dated before the request reached ES, or simply not an answer to it) leaves it open and shown; any other status
    /// answers it, <c>withdrawn</c> by confirming it and the rest by moving on.
    /// </summary>
    public static (SubmissionStatus Shown, bool WithdrawalOpen) AfterBackOffice(SubmissionStatus fed, bool withdrawalOpen) =>
        withdrawalOpen && fed == SubmissionStatus.Received ? (SubmissionStatus.WithdrawalRequested, true) : (fed, false);
}

/// <summary>What a request to withdraw a submission does.</summary>
public enum WithdrawalStep
{
    /// <summary>Recorded, and sent to the back office as a request it confirms.</summary>
    Request,

    /// <summary>Asked before (or withdrawn already): the same answer again, nothing new sent.</summary>
    AlreadyAsked,

    /// <summary>ES is reviewing it or has decided: too late to withdraw in the portal.</summary>
    TooLate,

    /// <summary>A draft is deleted, not withdrawn; one still sending is not ES's yet.</summary>
    NotSent,
}
