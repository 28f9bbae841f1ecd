using System.Text.Json.Serialization;

namespace Portal.Core.Reports;

[JsonConverter(typeof(JsonStringEnumConverter<ReportFormat>))]
public enum ReportFormat
{
    [JsonStringEnumMemberName("pdf")]
    Pdf,

    [JsonStringEnumMemberName("csv")]
    Csv,
}
