using Portal.Core.Identity;

namespace Portal.Functions.Identity;

/// <summary>Linking an existing account to the login just used: the account's email and password.</summary>
public sealed record ExternalLinkRequest(string? Email, string? Password);

/// <summary>The email a new natural-person user gives, and the language of the emails they get.</summary>
public sealed record ExternalEmailRequest(string? Email, string? Language);

/// <summary>The emailed code and the version of the terms the new user accepts.</summary>
public sealed record ExternalAccountRequest(string? Code, int? AcceptedTermsVersion);

/// <summary>The step-up before linking or removing an external login.</summary>
public sealed record LoginStepUpRequest(string? CurrentPassword);

/// <summary>The email a code was sent to (or, when it has an account, its owner told: the answer is the same).</summary>
public sealed record ExternalEmailResponse(string Email);

/// <summary>Where the browser goes next to sign in at the provider.</summary>
public sealed record ExternalRedirectResponse(string Location);

/// <summary>
/// A sign-in through an external provider that did not sign the person in at once: what to do next, the person as the provider named
/// them, and for a signatory or a person matching nothing the data that prefills an application (only to this browser).
/// </summary>
public sealed record ExternalPendingResponse(
    string Provider, string ProviderName, ExternalNext Next, string GivenName, string Surname, string? Email, ExternalApplicationPrefill? Application);

/// <summary>What an application for staff to check can be prefilled with.</summary>
public sealed record ExternalApplicationPrefill(string PersonKind, string FirstName, string LastName, string? PersonalCode, string? RegistrationNumber);

/// <summary>A user's ways in: whether they have a password, their external logins, and the providers they may link.</summary>
public sealed record LoginsResponse(bool HasPassword, IReadOnlyList<LoginItem> Logins, IReadOnlyList<string> Available);

public sealed record LoginItem(string Provider, string ProviderName, DateTimeOffset LinkedAt, DateTimeOffset LastUsedAt, string? Method);
