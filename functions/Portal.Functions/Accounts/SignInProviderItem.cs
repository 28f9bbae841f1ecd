namespace Portal.Functions.Accounts;

/// <summary>An external sign-in the portal offers, with the name people know it by.</summary>
/// <param name="Id">The provider's short name, as its routes carry it.</param>
public sealed record SignInProviderItem(string Id, string Name);
