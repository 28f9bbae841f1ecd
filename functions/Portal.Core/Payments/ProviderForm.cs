namespace Portal.Core.Payments;

/// <summary>A form the browser posts to a provider (a bank link's request): its address and its fields, in order.</summary>
public sealed record ProviderForm(Uri Action, IReadOnlyList<KeyValuePair<string, string>> Fields);
