using System.Text.Json.Serialization;

namespace Portal.Core.Reports;

/// <summary>Where a report is on its way: asked for, being made, ready to download, or given up after its attempts.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReportStatus>))]
public enum ReportStatus
{
    [JsonStringEnumMemberName("queued")]
    Queued,

    [JsonStringEnumMemberName("building")]
    Building,

    [JsonStringEnumMemberName("ready")]
    Ready,

    [JsonStringEnumMemberName("failed")]
    Failed,
}
