using System.Text.Json.Serialization;

namespace Portal.Core.Submissions;

/// <summary>
/// Where a submission stands. A draft is the client's to change or delete. Confirmed, it is <see cref="Sending"/> while it takes
/// its receipt number and goes into the outbox (a repair pass finishes one a crash left there), then <see cref="Submitted"/>.
/// From there the back office moves it (<see cref="SubmissionProgress.FromBackOffice"/>); <see cref="WithdrawalRequested"/> is the
/// portal's own: the user asked to withdraw it and the back office has not answered yet.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<SubmissionStatus>))]
public enum SubmissionStatus
{
    [JsonStringEnumMemberName("draft")]
    Draft,

    [JsonStringEnumMemberName("sending")]
    Sending,

    [JsonStringEnumMemberName("submitted")]
    Submitted,

    [JsonStringEnumMemberName("received")]
    Received,

    [JsonStringEnumMemberName("in-review")]
    InReview,

    [JsonStringEnumMemberName("information-requested")]
    InformationRequested,

    [JsonStringEnumMemberName("approved")]
    Approved,

    [JsonStringEnumMemberName("rejected")]
    Rejected,

    [JsonStringEnumMemberName("withdrawn")]
    Withdrawn,

    [JsonStringEnumMemberName("withdrawal-requested")]
    WithdrawalRequested,
}
