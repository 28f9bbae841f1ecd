using System.Buffers.Binary;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Accounts;

namespace Portal.UnitTests.Accounts;

/// <summary>
/// The product's password hashes as the portal's own services make them: PBKDF2 with HMAC-SHA512 and 100,000 rounds, in
/// ASP.NET Core Identity's version 3 format. The test fixtures lower the rounds for speed; this pins what the product keeps.
/// </summary>
public sealed class PasswordHashTests
{
    [Fact]
    public void TheProductsHasher_UsesPbkdf2Sha512_With100000Rounds_AndChecksWhatItHashed()
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddAccounts()
            .BuildServiceProvider();
        var hasher = services.GetRequiredService<IPasswordHasher<UserAccount>>();
        var account = new UserAccount("u1", "ilze@example.lv", "Ilze", "Kalna", "lv", AccountStatus.Active, "", DateTimeOffset.UnixEpoch, false, 1, DateTimeOffset.UnixEpoch);

        var hash = Convert.FromBase64String(hasher.HashPassword(account, "Zvaigzne42"));

        // Version 3: a format byte, then the PRF (2 = HMAC-SHA512), the rounds and the salt's length, each a big-endian uint32.
        Assert.Equal(0x01, hash[0]);
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1)));
        Assert.Equal(100_000u, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5)));
        Assert.Equal(16u, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(9)));
        Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(account, Convert.ToBase64String(hash), "Zvaigzne42"));
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(account, Convert.ToBase64String(hash), "Zvaigzne43"));
    }
}
