using System.Text.Json.Serialization;

namespace Portal.Core.Reports;

/// <summary>The reports a client can have made (§2.10, §17).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReportKind>))]
public enum ReportKind
{
    /// <summary>The settlement statement for whole months: the balance before, every document and payment, the balance after.</summary>
    [JsonStringEnumMemberName("statement")]
    Statement,

    /// <summary>What was open on a date, by how long past due.</summary>
    [JsonStringEnumMemberName("ageing")]
    Ageing,
}
