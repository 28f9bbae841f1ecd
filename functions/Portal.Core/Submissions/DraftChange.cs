namespace Portal.Core.Submissions;

/// <summary>How a change to a draft went: done, or why not; <see cref="DraftChange.Current"/> is the submission as it stands (after the change when done).</summary>
public enum DraftOutcome
{
    Done,
    NotFound,

    /// <summary>It has been sent: only drafts change.</summary>
    NotDraft,

    /// <summary>The copy changed was not the latest (If-Match did not match): <see cref="DraftChange.Current"/> is the latest.</summary>
    Stale,
}

public sealed record DraftChange(DraftOutcome Outcome, Submission? Current);
