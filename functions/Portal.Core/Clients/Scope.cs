using System.Text.Json.Serialization;

namespace Portal.Core.Clients;

/// <summary>What a representative may do for a client (§2.5, §7); the words are the API's and the tables'.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Scope>))]
public enum Scope
{
    /// <summary>Balance, invoices, payments, statements, billing accounts.</summary>
    [JsonStringEnumMemberName("finance")]
    Finance,

    /// <summary>Permits and their technical parameters.</summary>
    [JsonStringEnumMemberName("technical")]
    Technical,

    /// <summary>Applications and requests to ES.</summary>
    [JsonStringEnumMemberName("submit")]
    Submit,

    /// <summary>The client's representatives.</summary>
    [JsonStringEnumMemberName("admin")]
    Admin,
}
