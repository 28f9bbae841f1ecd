using Portal.Core.Accounts;
using Portal.Core.Billing;
using Portal.Core.Outcomes;
using Portal.Core.Storage;

namespace Portal.Core.BackOffice;

/// <summary>Checks every kind of fed record shares.</summary>
public static class FeedValidation
{
    public const int MaxBatch = 100;

    public static bool IsEmail(string email) => EmailAddress.IsBare(email.Trim());

    /// <summary>The errors of one fed record, started with the checks every record shares.</summary>
    public static FieldErrors Start(IFeedRecord record, bool belongsToClient, string? clientExternalId = null)
    {
        var errors = new FieldErrors();
        if (!StorageKeys.IsUsable(record.ExternalId, 100))
        {
            errors.Add("externalId", "Required: 1-100 characters, without / \\ # ? | or control characters.");
        }

        if (record.Version is not >= 1)
        {
            errors.Add("version", "Required: an integer of 1 or more, growing with each change.");
        }

        if (belongsToClient && !StorageKeys.IsUsable(clientExternalId, 100))
        {
            errors.Add("clientExternalId", "Required: the client's external id.");
        }

        return errors;
    }

    /// <summary>A number (invoice, billing account, permit) goes into index row keys.</summary>
    internal static void Number(this FieldErrors errors, string? number)
    {
        if (!StorageKeys.IsUsable(number, 40))
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
