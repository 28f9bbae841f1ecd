using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Core.Payments.BankLink;

/// <summary>Amounts and times as bank-link fields write them: <c>150.00</c>, and <c>2026-12-01T12:00:00+0200</c> (the local time and its offset).</summary>
public static partial class BankLinkValues
{
    /// <summary><c>VK_AMOUNT</c> of <paramref name="cents"/>: euros with two decimals and a point.</summary>
    public static string Amount(long cents) =>
        cents > 0 ? (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture) : throw new ArgumentOutOfRangeException(nameof(cents), cents, "An amount to pay is positive.");

    /// <summary>
    /// The cents of an amount as a bank writes it: digits, optionally a point and one or two more (<c>150</c>, <c>150.5</c>,
    /// <c>150.00</c>), exactly; null for anything else - a comma, a sign, a third decimal, an exponent, spaces, leading zeros, zero.
    /// </summary>
    public static long? Cents(string? text)
    {
        if (text is null || AmountPattern().Match(text) is not { Success: true } match)
        {
            return null;
        }

        var cents = (long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) * 100)
            + (match.Groups[2].Success ? int.Parse(match.Groups[2].Value.PadRight(2, '0'), CultureInfo.InvariantCulture) : 0);
        return cents > 0 ? cents : null;
    }

    /// <summary>The time as Riga's clock shows it, with its offset: <c>yyyy-MM-ddTHH:mm:ss+hhmm</c>.</summary>
    public static string Time(DateTimeOffset instant)
    {
        var local = RigaCalendar.InRiga(instant);
        var offset = local.Offset;
        return string.Create(CultureInfo.InvariantCulture, $"{local:yyyy-MM-dd'T'HH:mm:ss}{(offset < TimeSpan.Zero ? '-' : '+')}{offset:hhmm}");
    }

    /// <summary>A time in the field's format (the offset with or without a colon); null for anything else.</summary>
    public static DateTimeOffset? Instant(string? text) =>
        text is not null && TimePattern().Match(text) is { Success: true } match
            && DateTimeOffset.TryParseExact($"{match.Groups[1].Value}{match.Groups[2].Value}:{match.Groups[3].Value}", "yyyy-MM-dd'T'HH:mm:sszzz",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant
            : null;

    [GeneratedRegex("^(0|[1-9][0-9]{0,8})(?:\\.([0-9]{1,2}))?\\z")]
    private static partial Regex AmountPattern();

    [GeneratedRegex("^([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-])([0-9]{2}):?([0-9]{2})\\z")]
    private static partial Regex TimePattern();
}
