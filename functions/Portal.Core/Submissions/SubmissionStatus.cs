using System.Text.Json.Serialization;

namespace Portal.Core.Submissions;

/// <summary>
/// Where a submission stands. A draft is the client's to change or delete. Confirmed, it is <see cref="Sending"/> while it takes
/// its receipt number and goes into the outbox (a repair pass finishes one a crash left there), then <see cref="Submitted"/>.
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
}
