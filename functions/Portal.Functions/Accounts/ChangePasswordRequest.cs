namespace Portal.Functions.Accounts;

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);
