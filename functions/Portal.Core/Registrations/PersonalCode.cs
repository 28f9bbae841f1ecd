using System.Globalization;

namespace Portal.Core.Registrations;

/// <summary>
/// Latvian personal codes: the old form DDMMYY-CNNNN (C gives the century, the last digit is a
/// checksum) and the form issued since 2017, 32NNNN-NNNNN, which carries no date.
/// </summary>
public static class PersonalCode
{
    private static readonly int[] _weights = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>The 11 digits, or null when the text is not a valid personal code.</summary>
    public static string? Normalize(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var trimmed = text.Trim();
        var digits = trimmed.Length == 12 && trimmed[6] == '-' ? string.Concat(trimmed.AsSpan(0, 6), trimmed.AsSpan(7)) : trimmed;
        if (digits.Length != 11 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        return digits.StartsWith("32", StringComparison.Ordinal) ? digits
            : IsValidOldForm(digits) ? digits
            : null;
    }

    private static bool IsValidOldForm(string digits)
    {
        var century = digits[6] switch { '0' => 1800, '1' => 1900, '2' => 2000, _ => -1 };
        if (century < 0)
        {
            return false;
        }

        var day = int.Parse(digits.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var month = int.Parse(digits.AsSpan(2, 2), CultureInfo.InvariantCulture);
        var year = century + int.Parse(digits.AsSpan(4, 2), CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += (digits[i] - '0') * _weights[i];
        }

        var check = (1101 - sum) % 11;
        return check < 10 && check == digits[10] - '0';
    }
}
