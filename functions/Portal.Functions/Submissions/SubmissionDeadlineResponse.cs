namespace Portal.Functions.Submissions;

/// <summary>
/// A form's deadline: <paramref name="WorkingDays"/> working days after <paramref name="From"/> (the form's field <paramref name="Field"/>) is
/// <paramref name="Deadline"/>; <paramref name="TransfersConfirmed"/> is false when a year it crosses has no known order on moved working days.
/// </summary>
public sealed record SubmissionDeadlineResponse(string Field, DateOnly From, int WorkingDays, DateOnly Deadline, bool TransfersConfirmed);
