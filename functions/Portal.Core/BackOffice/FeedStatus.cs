namespace Portal.Core.BackOffice;

/// <summary>What became of one fed record.</summary>
public static class FeedStatus
{
    public const string Created = "created";
    public const string Updated = "updated";

    /// <summary>The same version with the same content again: a replay, nothing to do.</summary>
    public const string Unchanged = "unchanged";

    /// <summary>An older version than the one held: the newer stays.</summary>
    public const string Stale = "stale";

    /// <summary>Invalid, or the same version with different content (a conflict): nothing is written.</summary>
    public const string Rejected = "rejected";
}
