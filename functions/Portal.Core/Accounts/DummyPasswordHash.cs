using Microsoft.AspNetCore.Identity;

namespace Portal.Core.Accounts;

/// <summary>A hash of a random password, made once per process, for sign-ins of emails with no account.</summary>
public sealed class DummyPasswordHash
{
    public DummyPasswordHash(IPasswordHasher<UserAccount> hasher)
    {
        Account = new UserAccount("", "", "", "", "lv", AccountStatus.Active, "", default, false, 0, default);
        Hash = hasher.HashPassword(Account, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
    }

    public UserAccount Account { get; }

    public string Hash { get; }
}
