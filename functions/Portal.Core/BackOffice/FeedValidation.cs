using Portal.Core.Accounts;
using Portal.Core.Billing;
using Portal.Core.Outcomes;

namespace Portal.Core.BackOffice;

/// <summary>Checks every kind of fed record shares.</summary>
public static class FeedValidation
{
    public const int MaxBatch = 100;

    /// <summary>Whether a value may go into a table key: present, not too long, no characters keys may not hold (nor our separator |), nothing invisible.</summary>
    public static bool IsKeySafe(string? value, int maxLength) =>
        !string.IsNullOrWhiteSpace(value) && value.Length <= maxLength && !value.Any(c => char.IsControl(c) || c is '/' or '\\' or '#' or '?' or '|');

    public static bool IsEmail(string email) => EmailAddress.IsBare(email.Trim());

    /// <summary>The errors of one fed record, started with the checks every record shares.</summary>
    public static FieldErrors Start(IFeedRecord record, bool belongsToClient, string? clientExternalId = null)
    {
        var errors = new FieldErrors();
        if (!IsKeySafe(record.ExternalId, 100))
        {
            errors.Add("externalId", "Required: 1-100 characters, without / \\ # ? | or control characters.");
        }

        if (record.Version is not >= 1)
        {
            errors.Add("version", "Required: an integer of 1 or more, growing with each change.");
        }

        if (belongsToClient && !IsKeySafe(clientExternalId, 100))
        {
            errors.Add("clientExternalId", "Required: the client's external id.");
        }

        return errors;
    }

    /// <summary>A number (invoice, billing account, permit) goes into index row keys.</summary>
    internal static void Number(this FieldErrors errors, string? number)
    {
        if (!IsKeySafe(number, 40))
        {
            errors.Add("number", "Required: 1-40 characters, without / \\ # ? | or control characters.");
        }
    }

    /// <summary>The arrangement a record names, or null with its error added.</summary>
    internal static BillingArrangement? BillingArrangement(this FieldErrors errors, string? arrangement)
    {
        var parsed = Vocabulary<Billing.BillingArrangement>.Parse(arrangement);
        if (parsed is null)
        {
            errors.Add("billingArrangement", Vocabulary<Billing.BillingArrangement>.OneOf);
        }

        return parsed;
    }
}
