namespace Portal.Functions.Access;

/// <summary>
/// Anyone, with the signed-in user when there is one (<see cref="OptionalUser"/>): a session that
/// does not meet <see cref="Requirement"/> counts as none.
/// </summary>
public sealed class OptionalSessionAttribute(SessionRequirement requirement = SessionRequirement.AllowPendingSteps) : AccessAttribute
{
    public SessionRequirement Requirement { get; } = requirement;
}
