using System.Net;
using System.Net.Http.Json;
using Portal.Core.Accounts;
using Portal.Core.Audit;

namespace Portal.SecurityTests;

/// <summary>
/// The one step-up rule (§12.1): wherever the portal asks for the current password again, a wrong one
/// counts toward the same lockout as sign-in and goes on the user's trail.
/// </summary>
public sealed class StepUpTests(SecurityPortal portal) : IClassFixture<SecurityPortal>
{
    private const string Wrong = "Nepareiza1";

    [Theory]
    [InlineData("password")]
    [InlineData("email")]
    [Trait("Clause", "12.1")]
    public async Task WrongCurrentPasswords_LockSignIn_AndAreAudited(string step)
    {
        var email = await portal.NewAccountAsync($"step-up-{step}");
        var client = portal.CreateClient();
        await client.SignInAsync(email);

        for (var i = 0; i < 4; i++)
        {
            var refused = await StepUpAsync(client, step, Wrong);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("currentPassword", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The fifth wrong one locks: the answer says checks are paused, and until when to wait, not that the password was wrong.
        var locking = await StepUpAsync(client, step, Wrong);
        Assert.Equal(HttpStatusCode.TooManyRequests, locking.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(15), locking.Headers.RetryAfter?.Delta);

        // The lock holds for sign-in and for the step-up itself, the right password included.
        var signIn = await portal.CreateClient().PostAsJsonAsync("/api/auth/sign-in", new { email, password = Users.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await StepUpAsync(client, step, Users.Password)).StatusCode);

        var account = await portal.Service<AccountStore>().FindByEmailAsync(email, CancellationToken.None);
        var (trail, _) = await portal.Service<AuditTrail>().ReadAsync(AuditTrail.UserChain(account!.Id), 50, null, CancellationToken.None);
        var action = step == "password" ? AuditActions.PasswordChange : AuditActions.EmailChangeRequest;
        var results = trail.Where(record => record.Action == action).Select(record => record.Result).ToList();
        Assert.Equal(4, results.Count(result => result == AuditActions.Failed));
        Assert.Equal(2, results.Count(result => result == AuditActions.Locked));
    }

    [Fact]
    [Trait("Clause", "12.1")]
    public async Task TheRightCurrentPassword_StartsTheFailuresAgain()
    {
        var email = await portal.NewAccountAsync("step-up-right");
        var client = portal.CreateClient();
        await client.SignInAsync(email);
        for (var i = 0; i < 4; i++)
        {
            await StepUpAsync(client, "email", Wrong);
        }

        Assert.Equal(HttpStatusCode.OK, (await StepUpAsync(client, "email", Users.Password)).StatusCode);

        Assert.Equal(0, (await portal.Service<LockoutStore>().ReadAsync(email, CancellationToken.None)).ConsecutiveFailures);
    }

    private static Task<HttpResponseMessage> StepUpAsync(HttpClient client, string step, string currentPassword) => step == "password"
        ? client.PostAsJsonAsync("/api/me/password", new { currentPassword, newPassword = $"Jauna-Parole-{Guid.NewGuid():N}" })
        : client.PatchAsJsonAsync("/api/me", new { email = $"new-{Guid.NewGuid():N}@example.lv", currentPassword });
}
