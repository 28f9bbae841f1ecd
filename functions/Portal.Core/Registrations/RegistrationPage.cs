namespace Portal.Core.Registrations;

public sealed record RegistrationPage(IReadOnlyList<RegistrationDetails> Items, string? ContinuationToken);
