namespace Portal.Core.Identity;

/// <summary>
/// Personal codes as an external identity provider sends them (<c>PK:32345678901</c>, <c>171053-16687</c>), reduced to the
/// 11 digits every index of the portal keys by. A code here is one the population register vouches for through the provider,
/// so only its shape is checked: the old form DDMMYY-CNNNNN (a day, a month and a century digit 0-2) or the form issued since
/// 2017, 32NNNNNNNNN. The checksum a person typing a code is held to (<see cref="Registrations.PersonalCode"/>) is not applied:
/// the register's word is taken as it is.
/// </summary>
public static class PersonalCodes
{
    private const string Prefix = "PK:";

    /// <summary>The code's 11 digits, <c>PK:</c> and hyphens stripped; null when <paramref name="text"/> is not a personal code.</summary>
    public static string? Normalise(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.StartsWith(Prefix, StringComparison.Ordinal))
        {
            trimmed = trimmed[Prefix.Length..];
        }

        var digits = trimmed.Replace("-", "", StringComparison.Ordinal);
        if (digits.Length != 11 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        return digits.StartsWith("32", StringComparison.Ordinal) || IsOldForm(digits) ? digits : null;
    }

    private static bool IsOldForm(string digits)
    {
        var day = ((digits[0] - '0') * 10) + (digits[1] - '0');
        var month = ((digits[2] - '0') * 10) + (digits[3] - '0');
        return day is >= 1 and <= 31 && month is >= 1 and <= 12 && digits[6] is '0' or '1' or '2';
    }
}
