namespace Portal.Core.Registrations;

public abstract record RegistrationOutcome
{
    /// <summary>Stored, or quietly not stored (the email has an account or an application already): the caller cannot tell.</summary>
    public sealed record Accepted : RegistrationOutcome;

    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : RegistrationOutcome;

    public sealed record Throttled : RegistrationOutcome;
}
