using System.Globalization;

namespace Portal.Core.Billing;

/// <summary>
/// One client's billing lives in one partition, "billing|{clientId}": its invoices, payments, their
/// index rows and the balance aggregate. So every fed record is one entity-group transaction that
/// writes the record, moves its index rows and updates the aggregate under its ETag - the aggregate
/// is exact by construction and the views never scan or recompute.
/// </summary>
internal static class BillingKeys
{
    public const string Balance = "balance";
    public const string InvoicePrefix = "invoice|";
    public const string PaymentPrefix = "payment|";
    public const string ByIssuedPrefix = "by-issued|";
    public const string ByDuePrefix = "by-due|";
    public const string ByAmountPrefix = "by-amount|";
    public const string ByReceivedPrefix = "by-received|";
    public const string AccountPrefix = "account|";

    public static string Partition(string clientId) => $"billing|{clientId}";

    /// <summary>Newest first in the natural row order.</summary>
    public static string ByIssued(DateOnly issuedOn, string externalId) => $"{ByIssuedPrefix}{NewestFirst(issuedOn)}|{externalId}";

    /// <summary>Payments newest first.</summary>
    public static string ByReceived(string receivedOn, string externalId) => $"{ByReceivedPrefix}{NewestFirst(ParseDate(receivedOn))}|{externalId}";

    /// <summary>A date as a key part that sorts the newest first.</summary>
    private static string NewestFirst(DateOnly date) => (99_999_999 - ((date.Year * 10_000) + (date.Month * 100) + date.Day)).ToString("D8", CultureInfo.InvariantCulture);

    /// <summary>
    /// Oldest due first, then by number: the order in which the client's unnamed money settles its
    /// invoices. The views read one due date's rows of it to split a payment across that date.
    /// </summary>
    public static string ByDue(string dueOn, string number, string externalId) => $"{ByDuePrefix}{dueOn}|{number}|{externalId}";

    /// <summary>Largest amount first.</summary>
    public static string ByAmount(long cents, string externalId) =>
        $"{ByAmountPrefix}{(((long)(Cents.Max * 100)) - cents).ToString("D12", CultureInfo.InvariantCulture)}|{externalId}";

    /// <summary>The row keys of one due date's index rows: [from, to).</summary>
    public static (string From, string To) DueDate(string dueOn) => ($"{ByDuePrefix}{dueOn}|", $"{ByDuePrefix}{dueOn}}}");

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
