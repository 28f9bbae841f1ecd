using System.Text.Json.Serialization;

namespace Portal.Core.Reports;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ReportMessage))]
[JsonSerializable(typeof(List<ReportNotice>))]
internal sealed partial class ReportsJson : JsonSerializerContext;
