using Portal.Core.Outcomes;

namespace Portal.Core.Submissions;

/// <summary>The free text of a sent submission's history (ES's message, the user's answer): trimmed, 1-5000 characters, lines but no other control characters.</summary>
public static class SubmissionText
{
    public const int MaxLength = 5000;

    /// <summary>The text trimmed, or null when absent; an error on <paramref name="field"/> when it breaks the rule, or is absent while <paramref name="required"/>.</summary>
    public static string? Check(FieldErrors errors, string field, string? text, bool required, string requiredMessage)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            if (required)
            {
                errors.Add(field, requiredMessage);
            }

            return null;
        }

        if (trimmed.Length > MaxLength || trimmed.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors.Add(field, $"1-{MaxLength} characters; lines, but no other control characters.");
        }

        return trimmed;
    }
}
