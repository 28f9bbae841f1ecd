using System.Text.Json;

namespace Portal.Functions.Submissions;

/// <summary>
/// A new draft: the form's kind, its version (the newest when left out) and the content so far (an object, possibly empty); for a form
/// begun from a permit (an amendment), the permit's id instead of content: the server fills the draft from the permit's stored data.
/// </summary>
public sealed record SubmissionDraftRequest(string? Kind, int? FormVersion, JsonElement? Content, string? PermitId = null);
