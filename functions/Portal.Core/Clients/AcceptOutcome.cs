namespace Portal.Core.Clients;

public abstract record AcceptOutcome
{
    public sealed record Accepted(string ClientId) : AcceptOutcome;

    public sealed record InvalidLink : AcceptOutcome;

    /// <summary>The email has an account: its owner signs in first, then accepts.</summary>
    public sealed record SignInFirst : AcceptOutcome;

    /// <summary>Signed in as someone else than the invited email.</summary>
    public sealed record WrongAccount : AcceptOutcome;

    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : AcceptOutcome;
}
