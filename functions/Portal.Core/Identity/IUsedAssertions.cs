namespace Portal.Core.Identity;

/// <summary>The one-time use of an external provider's assertion ids: each id lets one answer through, once.</summary>
public interface IUsedAssertions
{
    /// <summary>
    /// Marks <paramref name="assertionId"/> of <paramref name="provider"/> used, remembered at least until <paramref name="keepUntil"/>
    /// (the assertion's end of validity plus the clock skew). False when it was used already: the answer is a replay.
    /// </summary>
    Task<bool> TryUseAsync(string provider, string assertionId, DateTimeOffset keepUntil, CancellationToken cancellationToken);
}
