using System.Globalization;
using System.Security.Cryptography;
using Portal.Core.Storage;

namespace Portal.Core.Payments;

/// <summary>
/// Keys of payment orders: the order in its client's billing partition, and the rows of the <c>Payments</c> table that find it from a
/// provider's answer (its stamp), claim a provider's transaction once, and queue orders for the expiry and booking checks.
/// </summary>
internal static class PaymentKeys
{
    public const string OrderPrefix = "order|";

    /// <summary>The queue of pending orders by when they expire: <c>{expiresTicks:D19}|{stamp}</c>.</summary>
    public const string ExpiringPartition = "expiring";

    /// <summary>The queue of paid orders by when their booking is due: <c>{dueTicks:D19}|{stamp}</c>.</summary>
    public const string BookingDuePartition = "booking-due";

    /// <summary>What staff should look at, oldest first: <c>{ticks:D19}|{stamp}|{flag}</c>.</summary>
    public const string FlaggedPartition = "flagged";

    public static string Order(string stamp) => OrderPrefix + stamp;

    /// <summary>The stamp's row (<c>order</c>): which client's partition holds the order. Its insert claims the stamp.</summary>
    public static string StampPartition(string stamp) => $"stamp|{stamp}";

    /// <summary>A provider's transaction id, used once (<c>used</c>): hashed, as its characters are the provider's.</summary>
    public static string TransactionPartition(string provider, string transactionId) => $"transaction|{provider}|{RandomTokens.Hash(transactionId)}";

    public static string Queued(DateTimeOffset at, string stamp) => $"{at.UtcTicks:D19}|{stamp}";

    /// <summary>The row key of a queue's entries up to <paramref name="at"/> (exclusive).</summary>
    public static string QueuedBefore(DateTimeOffset at) => $"{at.UtcTicks:D19}";

    /// <summary>
    /// A new stamp: 20 digits, the first ten counting down with the time (so a client's orders read newest first) and ten random.
    /// Digits only, as every bank link takes them.
    /// </summary>
    public static string NewStamp(DateTimeOffset now) =>
        (9_999_999_999 - now.ToUnixTimeSeconds()).ToString("D10", CultureInfo.InvariantCulture)
        + RandomNumberGenerator.GetInt32(0, 100_000).ToString("D5", CultureInfo.InvariantCulture)
        + RandomNumberGenerator.GetInt32(0, 100_000).ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>Whether a route's order id could be a stamp, before storage is read.</summary>
    public static bool IsStamp(string value) => value.Length == 20 && value.All(char.IsAsciiDigit);

    /// <summary>
    /// The payment reference of an order: its stamp and a check digit by the 7-3-1 method (weights 7, 3, 1 from the right, the digit
    /// that brings the sum to a multiple of ten), which banks of the region check a reference with.
    /// </summary>
    public static string Reference(string stamp)
    {
        int[] weights = [7, 3, 1];
        var sum = stamp.Reverse().Select((digit, i) => (digit - '0') * weights[i % 3]).Sum();
        return stamp + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture);
    }
}
