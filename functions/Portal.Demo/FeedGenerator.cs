using System.Globalization;

namespace Portal.Demo;

/// <summary>
/// Realistic back-office feed data made up from a seed: Latvian persons and companies with their billing accounts,
/// permits (stations and frequencies fitting each service) and three years of invoices and payments. The same seed
/// and day give the same records; external ids start with GEN{seed}- (GEN{seed}-BIG- for the large client), so
/// they meet neither each other nor the fixed demo clients.
/// </summary>
public static partial class FeedGenerator
{
    /// <summary>
    /// A small, varied set: <paramref name="persons"/> natural persons and <paramref name="companies"/> legal persons,
    /// each with permits and three years of invoices and payments up to <paramref name="today"/>. With at least four
    /// companies every billing arrangement and every service kind occurs; one client is overdue and one in credit.
    /// </summary>
    public static FeedSet Demo(int seed, DateOnly today, int persons = 8, int companies = 6)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(persons);
        ArgumentOutOfRangeException.ThrowIfNegative(companies);
        var builder = new Builder(seed, today, $"GEN{Text(seed)}-", firstAccountNumber: 1_000, firstPermitNumber: 1_000);
        return builder.Demo(persons, companies);
    }

    /// <summary>
    /// One large company with exactly <paramref name="invoices"/> invoices (credit notes and cancellations among them)
    /// issued evenly over three years up to <paramref name="today"/> on about forty billing accounts, payments for
    /// about 95% of them, and a few hundred permits of all seven service kinds.
    /// </summary>
    public static FeedSet LargeClient(int seed, DateOnly today, int invoices)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(invoices);
        var builder = new Builder(seed, today, $"GEN{Text(seed)}-BIG-", firstAccountNumber: 5_000_000, firstPermitNumber: 50_000);
        return builder.Large(seed, invoices);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
