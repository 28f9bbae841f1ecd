namespace Portal.Core.Accounts;

/// <summary>Why a new password is refused; the UI shows each rule, the server checks them all again.</summary>
public enum PasswordRule
{
    TooShort,
    TooLong,
    NeedsLetter,
    NeedsDigit,
    ContainsEmailName,
    TooCommon,
    RecentlyUsed,
}
