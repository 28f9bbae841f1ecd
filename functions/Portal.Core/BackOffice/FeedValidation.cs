using System.Net.Mail;

namespace Portal.Core.BackOffice;

/// <summary>Checks every kind of fed record shares.</summary>
public static class FeedValidation
{
    public const int MaxBatch = 100;

    /// <summary>Whether a value may go into a table key: present, not too long, no characters keys may not hold (nor our separator |), nothing invisible.</summary>
    public static bool IsKeySafe(string? value, int maxLength) =>
        !string.IsNullOrWhiteSpace(value) && value.Length <= maxLength && !value.Any(c => char.IsControl(c) || c is '/' or '\\' or '#' or '?' or '|');

    public static bool IsEmail(string email) => email.Length <= 254 && MailAddress.TryCreate(email.Trim(), out _);

    public static void ExternalIdAndVersion(IFeedRecord record, Action<string, string> fail)
    {
        if (!IsKeySafe(record.ExternalId, 100))
        {
            fail("externalId", "Required: 1-100 characters, without / \\ # ? | or control characters.");
        }

        if (record.Version is not >= 1)
        {
            fail("version", "Required: an integer of 1 or more, growing with each change.");
        }
    }
}
