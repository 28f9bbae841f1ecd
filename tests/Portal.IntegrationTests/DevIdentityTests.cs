using Portal.Testing;

namespace Portal.IntegrationTests;

/// <summary>The development identity provider as ./dev up starts it.</summary>
public sealed class DevIdentityTests
{
    [Fact]
    public async Task Start_ClientSecretBeginningWithADash_IsTakenAsTheValueNotAnOption()
    {
        // base64url secrets began with "-" about one run in 64, and the provider then refused to start.
        await using var identity = await DevIdentity.StartNewAsync(clientSecret: "-" + Guid.NewGuid().ToString("N"));

        var token = await identity.TokenAsync("staff-operator-script");

        Assert.Equal(3, token.Split('.').Length);
    }
}
