namespace Portal.Core.Accounts;

/// <summary>What the user asks to change in their profile; null leaves a value as it is.</summary>
public sealed record ProfileChange(string? Phone, string? Address, string? Language, string? Email, string? CurrentPassword);
