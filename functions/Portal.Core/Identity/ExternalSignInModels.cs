using Portal.Core.Accounts;

namespace Portal.Core.Identity;

/// <summary>A sign-in begun: the state that goes to the provider, and the cookie that binds its end to this browser.</summary>
public sealed record ExternalStart(string State, string Cookie);

/// <summary>Where the browser goes after the provider's answer, and the session it now has when that answer signed it in.</summary>
public sealed record ExternalFinish(string Redirect, StartedSession? Session);

/// <summary>What the person sees after the provider's answer when it did not sign them in at once.</summary>
public sealed record ExternalPending(
    string Provider, ExternalNext Next, string GivenName, string Surname, string? CompanyRegistrationNumber, string? Email, bool HasPersonalCode);

/// <summary>The providers' names as people know them.</summary>
public static class ExternalProviders
{
    public const string Vpm = "vpm";
}
