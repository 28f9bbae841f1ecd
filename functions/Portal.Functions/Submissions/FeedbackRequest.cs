namespace Portal.Functions.Submissions;

/// <summary>A note to ES about the portal (§16.3): what the user found, and the page it concerns.</summary>
public sealed record FeedbackRequest(string? Message, string? Page);
