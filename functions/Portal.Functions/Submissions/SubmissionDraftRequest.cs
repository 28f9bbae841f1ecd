using System.Text.Json;

namespace Portal.Functions.Submissions;

/// <summary>A new draft: the form's kind, its version (the newest when left out) and the content so far (an object, possibly empty).</summary>
public sealed record SubmissionDraftRequest(string? Kind, int? FormVersion, JsonElement? Content);
