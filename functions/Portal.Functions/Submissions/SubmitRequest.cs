namespace Portal.Functions.Submissions;

/// <summary>The confirmation of a submission: the user's password as the step-up (§31).</summary>
public sealed record SubmitRequest(string? Password);
