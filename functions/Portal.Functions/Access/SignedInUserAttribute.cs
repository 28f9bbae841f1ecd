namespace Portal.Functions.Access;

/// <summary>A signed-in portal user (<see cref="SignedIn"/>): 401 without a session, 403 while a required step is pending.</summary>
public sealed class SignedInUserAttribute(SessionRequirement requirement = SessionRequirement.Complete) : AccessAttribute
{
    public SessionRequirement Requirement { get; } = requirement;
}
