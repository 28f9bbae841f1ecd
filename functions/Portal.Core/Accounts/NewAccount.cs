namespace Portal.Core.Accounts;

/// <summary>What an account is created with (by the approval of a registration, or the demo data); an empty password makes an account without one.</summary>
public sealed record NewAccount(string Email, string FirstName, string LastName, string Language, string Password, int AcceptedTermsVersion)
{
    /// <summary>The user's personal code as its HMAC, when known.</summary>
    public string? PersonalCodeHmac { get; init; }

    /// <summary>Who vouched for the code (<see cref="PersonalCodeVerifiers"/>, a provider's name), or empty when nobody did.</summary>
    public string PersonalCodeVerifiedBy { get; init; } = "";
}
