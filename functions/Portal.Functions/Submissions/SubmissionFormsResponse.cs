using System.Text.Json;

namespace Portal.Functions.Submissions;

/// <summary>The forms a client is offered, each its definition as shipped, and the schemas they share (<c>$ref</c> by <c>$id</c>).</summary>
public sealed record SubmissionFormsResponse(IReadOnlyList<JsonElement> Forms, IReadOnlyList<JsonElement> Schemas);
