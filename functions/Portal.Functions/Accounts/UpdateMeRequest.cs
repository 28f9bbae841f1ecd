namespace Portal.Functions.Accounts;

public sealed record UpdateMeRequest(string? Phone, string? Address, string? Language, string? Email, string? CurrentPassword);
