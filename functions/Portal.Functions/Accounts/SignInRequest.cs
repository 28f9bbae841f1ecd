namespace Portal.Functions.Accounts;

public sealed record SignInRequest(string? Email, string? Password);
