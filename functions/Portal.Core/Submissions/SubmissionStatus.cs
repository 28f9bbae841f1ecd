using System.Text.Json.Serialization;

namespace Portal.Core.Submissions;

/// <summary>Where a submission stands. A draft is the client's to change or delete; sending it is the next step.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SubmissionStatus>))]
public enum SubmissionStatus
{
    [JsonStringEnumMemberName("draft")]
    Draft,
}
