using System.Text.Json;

namespace Portal.Core.Reports;

/// <summary>The queue message that asks for a report to be built: which client's, which one.</summary>
public sealed record ReportMessage(string ClientId, string ReportId)
{
    public string ToJson() => JsonSerializer.Serialize(this, ReportsJson.Default.ReportMessage);

    /// <summary>A message that is not a report's is the sender's fault: it fails every attempt and ends in the poison queue.</summary>
    public static ReportMessage Parse(string json) =>
        JsonSerializer.Deserialize(json, ReportsJson.Default.ReportMessage) is { ClientId.Length: > 0, ReportId.Length: > 0 } message
            ? message
            : throw new JsonException("The message names no report.");
}
