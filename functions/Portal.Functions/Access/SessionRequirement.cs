namespace Portal.Functions.Access;

/// <summary>What a function needs of the caller's session.</summary>
public enum SessionRequirement
{
    /// <summary>Any signed-in user, even one who still has to change the password or accept new terms (GET /api/me, sign-out, those steps).</summary>
    AllowPendingSteps,

    /// <summary>A user with no step pending: everything else.</summary>
    Complete,
}
