using System.Globalization;
using Microsoft.Extensions.Options;

namespace Portal.Core.Accounts;

/// <summary>The password rules of §15.2 and the portal's additions; each check is a value, not an exception.</summary>
public sealed class PasswordPolicy(IOptions<AccountOptions> options, CommonPasswords common)
{
    private readonly AccountOptions _options = options.Value;

    /// <param name="email">The user's email: its part before '@' may not appear in the password.</param>
    /// <param name="isRecent">Whether the password is one of the user's recent ones (checked last, it costs hashes).</param>
    public IReadOnlyList<PasswordRule> Check(string password, string email, Func<string, bool>? isRecent = null)
    {
        var broken = new List<PasswordRule>();
        var length = new StringInfo(password).LengthInTextElements;
        if (length < _options.PasswordMinLength)
        {
            broken.Add(PasswordRule.TooShort);
        }

        if (length > _options.PasswordMaxLength)
        {
            broken.Add(PasswordRule.TooLong);
        }

        // Any alphabet counts: ā, č, ž, ы and ψ are letters as much as a.
        if (_options.PasswordRequiresLetter && !password.Any(char.IsLetter))
        {
            broken.Add(PasswordRule.NeedsLetter);
        }

        if (_options.PasswordRequiresDigit && !password.Any(char.IsDigit))
        {
            broken.Add(PasswordRule.NeedsDigit);
        }

        var localPart = email.Split('@')[0];
        if (localPart.Length >= 3 && password.Contains(localPart, StringComparison.OrdinalIgnoreCase))
        {
            broken.Add(PasswordRule.ContainsEmailName);
        }

        if (common.Contains(password))
        {
            broken.Add(PasswordRule.TooCommon);
        }

        if (broken.Count == 0 && isRecent is not null && isRecent(password))
        {
            broken.Add(PasswordRule.RecentlyUsed);
        }

        return broken;
    }
}
