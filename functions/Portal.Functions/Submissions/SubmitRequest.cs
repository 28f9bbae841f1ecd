namespace Portal.Functions.Submissions;

/// <summary>The confirmation of a submission: the user's password as the step-up (§31); none for an account without a password, which signs in again with its external provider instead.</summary>
public sealed record SubmitRequest(string? Password);
