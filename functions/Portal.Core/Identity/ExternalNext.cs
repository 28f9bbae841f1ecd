using System.Text.Json.Serialization;

namespace Portal.Core.Identity;

/// <summary>What a person who came back from an external provider does next, when the answer did not sign them in at once.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExternalNext>))]
public enum ExternalNext
{
    /// <summary>A portal user has this personal code, not yet verified: they link the login with that account's password.</summary>
    [JsonStringEnumMemberName("link")]
    Link,

    /// <summary>The code is a natural-person client's with no user: an account at once, after an email and the terms.</summary>
    [JsonStringEnumMemberName("new-account")]
    NewAccount,

    /// <summary>Several users have this verified code: ES sorts it out.</summary>
    [JsonStringEnumMemberName("several")]
    Several,

    /// <summary>Signed in as a company's signatory and matching nothing: shown, recorded, and an application can be prefilled.</summary>
    [JsonStringEnumMemberName("signatory")]
    Signatory,

    /// <summary>Nobody in the portal or among ES's clients has this code.</summary>
    [JsonStringEnumMemberName("no-match")]
    NoMatch,

    /// <summary>The user the code names is blocked or ended: refused as a password sign-in is.</summary>
    [JsonStringEnumMemberName("blocked")]
    Blocked,

    /// <summary>The provider's answer was refused, the sign-in expired, or it was finished in another browser.</summary>
    [JsonStringEnumMemberName("refused")]
    Refused,
}
