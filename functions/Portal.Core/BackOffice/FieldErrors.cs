using Portal.Core.Billing;

namespace Portal.Core.BackOffice;

/// <summary>A fed record's field errors, the first for each field; started with the checks every record shares.</summary>
internal sealed class FieldErrors : Dictionary<string, string[]>
{
    public FieldErrors(IFeedRecord record, bool belongsToClient, string? clientExternalId = null)
    {
        FeedValidation.ExternalIdAndVersion(record, Fail);
        if (belongsToClient && !FeedValidation.IsKeySafe(clientExternalId, 100))
        {
            Fail("clientExternalId", "Required: the client's external id.");
        }
    }

    public void Fail(string field, string message) => TryAdd(field, [message]);

    /// <summary>A number (invoice, billing account, permit) goes into index row keys.</summary>
    public void Number(string? number)
    {
        if (!FeedValidation.IsKeySafe(number, 40))
        {
            Fail("number", "Required: 1-40 characters, without / \\ # ? | or control characters.");
        }
    }

    public void BillingArrangement(string? arrangement)
    {
        if (arrangement is null || !BillingArrangements.All.Contains(arrangement))
        {
            Fail("billingArrangement", $"One of: {string.Join(", ", BillingArrangements.All)}.");
        }
    }
}
