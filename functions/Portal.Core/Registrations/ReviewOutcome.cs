namespace Portal.Core.Registrations;

public abstract record ReviewOutcome
{
    public sealed record Done(RegistrationDetails Application) : ReviewOutcome;

    public sealed record NotFound : ReviewOutcome;

    /// <summary>Already decided (approved or rejected) by someone.</summary>
    public sealed record AlreadyDecided(string Status) : ReviewOutcome;

    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : ReviewOutcome;
}
