using Portal.Core.Outcomes;

namespace Portal.Core.Submissions;

/// <summary>The draft changed since the copy the user acted on: the answer carries the latest, to reload or to act on again.</summary>
public sealed record SubmissionStale(Submission Current) : Failure
{
    /// <summary>What a 412 on a draft says, whichever change met it.</summary>
    public const string Title = "The draft was changed elsewhere since this copy was read.";
}
