namespace Portal.Core.Accounts;

/// <summary>An external login of a user (§2.8): the provider, when it was linked and last used, and how the person last authenticated.</summary>
public sealed record ExternalLogin(string Provider, DateTimeOffset LinkedAt, DateTimeOffset LastUsedAt, string? Method);

/// <summary>Who vouched for a user's personal code besides an external provider (whose name is used as it is).</summary>
public static class PersonalCodeVerifiers
{
    /// <summary>ES staff, who checked the application the user was made from (§10).</summary>
    public const string Application = "application";
}

/// <summary>What the unified login makes an account of: the person as the provider named them and the email they confirmed (§2.6).</summary>
public sealed record NewExternalAccount(
    string Email, string FirstName, string LastName, string Language, string PersonalCodeHmac, int AcceptedTermsVersion, ExternalLoginUse Login);

/// <summary>One use of an external login: the provider, its subject's HMAC and how the person authenticated.</summary>
public sealed record ExternalLoginUse(string Provider, string SubjectHmac, string? Method);

/// <summary>An external login used: the account as it now is, and whether this use linked the login.</summary>
public sealed record LoginUsed(UserAccount Account, bool Linked);
