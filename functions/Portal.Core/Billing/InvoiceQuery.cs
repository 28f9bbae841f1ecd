using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using Portal.Core.Outcomes;
using Portal.Core.Storage;

namespace Portal.Core.Billing;

/// <summary>The orders of the invoice list; each has its own index rows (docs/ARCHITECTURE.md, "Billing").</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InvoiceSort>))]
public enum InvoiceSort
{
    /// <summary>Newest issued first.</summary>
    [JsonStringEnumMemberName("issued")]
    Issued,

    /// <summary>Earliest due first.</summary>
    [JsonStringEnumMemberName("due")]
    Due,

    /// <summary>Largest amount first.</summary>
    [JsonStringEnumMemberName("amount")]
    Amount,
}

/// <summary>
/// What the invoice list is asked for: filters, a prefix of the number or of the payment reference,
/// an order and a page size. A number or reference search lists in the order asked for, as every filter does.
/// </summary>
public sealed record InvoiceQuery(
    IReadOnlyList<InvoiceState> States,
    DateOnly? IssuedFrom,
    DateOnly? IssuedTo,
    DateOnly? DueFrom,
    DateOnly? DueTo,
    long? MinCents,
    long? MaxCents,
    string? BillingAccount,
    string? Number,
    string? Reference,
    InvoiceSort Sort,
    int PageSize)
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 50;

    /// <summary>The query parameters it is read from, as the API names them.</summary>
    public static readonly string[] Parameters =
        ["state", "issuedFrom", "issuedTo", "dueFrom", "dueTo", "minAmount", "maxAmount", "billingAccount", "number", "reference", "sort", "pageSize"];

    public static InvoiceQuery Everything { get; } = new([], null, null, null, null, null, null, null, null, null, InvoiceSort.Issued, DefaultPageSize);

    /// <summary>The list's filter from the query parameters, or every field that is wrong.</summary>
    public static Outcome<InvoiceQuery> Parse(Func<string, string?> parameter)
    {
        var errors = new FieldErrors();
        string? Text(string name) => parameter(name)?.Trim() is { Length: > 0 } text ? text : null;

        var states = new List<InvoiceState>();
        foreach (var word in (Text("state") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Vocabulary<InvoiceState>.Parse(word) is { } state)
            {
                states.Add(state);
            }
            else
            {
                errors.Add("state", $"A state or a comma-separated list of them. {Vocabulary<InvoiceState>.OneOf}");
            }
        }

        DateOnly? Date(string name)
        {
            if (Text(name) is not { } text)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            errors.Add(name, "A date (yyyy-MM-dd).");
            return null;
        }

        long? Amount(string name)
        {
            if (Text(name) is not { } text)
            {
                return null;
            }

            if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var euros) && Cents.From(euros) is { } cents)
            {
                return cents;
            }

            errors.Add(name, "An amount in euros, positive, with at most two decimals and a point (12.50).");
            return null;
        }

        string? Prefix(string name, int length)
        {
            var text = Text(name);
            if (text is not null && !StorageKeys.IsUsable(text, length))
            {
                errors.Add(name, $"The beginning of the {(name == "number" ? "invoice number" : "payment reference")} (at most {length} characters, without / \\ # ? |).");
                return null;
            }

            return text;
        }

        var (issuedFrom, issuedTo, dueFrom, dueTo) = (Date("issuedFrom"), Date("issuedTo"), Date("dueFrom"), Date("dueTo"));
        var (min, max) = (Amount("minAmount"), Amount("maxAmount"));
        Before(errors, "issuedTo", issuedFrom, issuedTo, "Not before issuedFrom.");
        Before(errors, "dueTo", dueFrom, dueTo, "Not before dueFrom.");
        Before(errors, "maxAmount", min, max, "Not below minAmount.");

        var billingAccount = Text("billingAccount");
        if (billingAccount is not null && !StorageKeys.IsUsable(billingAccount, 100))
        {
            errors.Add("billingAccount", "The id of one of the client's billing accounts.");
        }

        var (number, reference) = (Prefix("number", 40), Prefix("reference", 35));
        var sort = InvoiceSort.Issued;
        if (Text("sort") is { } sortText && !Vocabulary<InvoiceSort>.TryParse(sortText, out sort))
        {
            errors.Add("sort", Vocabulary<InvoiceSort>.OneOf);
        }

        var pageSize = DefaultPageSize;
        if (Text("pageSize") is { } size && (!int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > MaxPageSize))
        {
            errors.Add("pageSize", $"A whole number from 1 to {MaxPageSize}.");
        }

        if (!errors.IsEmpty)
        {
            return new Failure.Invalid(errors);
        }

        return new InvoiceQuery([.. states.Distinct()], issuedFrom, issuedTo, dueFrom, dueTo, min, max, billingAccount, number, reference, sort, pageSize);
    }

    private static void Before<T>(FieldErrors errors, string field, T? from, T? to, string message)
        where T : struct, IComparable<T>
    {
        if (from is { } low && to is { } high && high.CompareTo(low) < 0)
        {
            errors.Add(field, message);
        }
    }

    /// <summary>
    /// The filter and order, as a short fingerprint: a continuation token carries it, so a token is
    /// taken only with the filter and order that made it (the page size may change between pages).
    /// </summary>
    public string Fingerprint()
    {
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{string.Join(',', States.Order())}\n{IssuedFrom:yyyy-MM-dd}\n{IssuedTo:yyyy-MM-dd}\n{DueFrom:yyyy-MM-dd}\n{DueTo:yyyy-MM-dd}\n{MinCents}\n{MaxCents}\n{BillingAccount}\n{Number}\n{Reference}\n{Sort}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
