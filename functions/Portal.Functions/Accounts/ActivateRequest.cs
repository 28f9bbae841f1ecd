namespace Portal.Functions.Accounts;

public sealed record ActivateRequest(string? Token, string? Password);
