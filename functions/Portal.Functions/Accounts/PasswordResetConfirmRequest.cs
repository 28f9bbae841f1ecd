namespace Portal.Functions.Accounts;

public sealed record PasswordResetConfirmRequest(string? Token, string? NewPassword);
