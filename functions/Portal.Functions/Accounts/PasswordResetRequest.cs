namespace Portal.Functions.Accounts;

public sealed record PasswordResetRequest(string? Email);
