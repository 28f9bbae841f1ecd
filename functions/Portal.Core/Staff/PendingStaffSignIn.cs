namespace Portal.Core.Staff;

/// <summary>What a staff browser sign-in keeps between the redirect to the identity provider and its callback.</summary>
public sealed record PendingStaffSignIn(string Nonce, string CodeVerifier, string ReturnTo, DateTimeOffset ExpiresAt);
