using System.Text.Json;

namespace Portal.Functions.Submissions;

/// <summary>A draft's content, saved whole.</summary>
public sealed record SubmissionContentRequest(JsonElement? Content);
