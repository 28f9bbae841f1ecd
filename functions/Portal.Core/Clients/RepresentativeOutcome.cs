namespace Portal.Core.Clients;

public abstract record RepresentativeOutcome
{
    public sealed record Done : RepresentativeOutcome;

    public sealed record Invited(Invitation Invitation) : RepresentativeOutcome;

    public sealed record NotFound : RepresentativeOutcome;

    /// <summary>The client would have no admin left: only staff can do that.</summary>
    public sealed record LastAdmin : RepresentativeOutcome;

    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : RepresentativeOutcome;

    public sealed record Throttled : RepresentativeOutcome;
}
