using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Accounts;
using Portal.Testing;

namespace Portal.SecurityTests;

/// <summary>
/// §12.1 against guesses sent at once: an attempt is counted before its password is checked, so once
/// five attempts are counted no further one is checked - the right password included - until they end.
/// </summary>
public sealed class LockoutRaceTests(LockoutRaceTests.GatedPortal portal) : IClassFixture<LockoutRaceTests.GatedPortal>
{
    private const string Password = Users.Password;
    private const string Wrong = "Nepareiza1";

    private readonly GatedPortal _portal = portal;
    private readonly GatedHasher _hasher = portal.Hasher;

    /// <summary>A portal of its own whose password checks of <see cref="Wrong"/> can be held open.</summary>
    public sealed class GatedPortal : IsolatedPortal
    {
        public GatedPortal()
            : this(new GatedHasher(Wrong))
        {
        }

        private GatedPortal(GatedHasher hasher)
            : base(services => services.AddSingleton<IPasswordHasher<UserAccount>>(hasher))
        {
            Hasher = hasher;
        }

        public GatedHasher Hasher { get; }
    }

    [Fact]
    [Trait("Clause", "12.1")]
    public async Task FiveGuessesBeingChecked_LeaveNoAttemptForTheRightPassword()
    {
        var email = await _portal.NewAccountAsync("race-held");

        // Five wrong guesses, each held inside the password check once it is there.
        _hasher.Hold();
        var guesses = Enumerable.Range(0, 5).Select(_ => SignInAsync(email, Wrong)).ToList();
        await _hasher.HeldAsync(5);

        var right = await SignInAsync(email, Password);

        _hasher.Release();
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.All(await Task.WhenAll(guesses), guess => Assert.Equal(HttpStatusCode.Unauthorized, guess.StatusCode));
        // The fifth failure locked the email: the right password is refused for the lock's length.
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(email, Password)).StatusCode);
    }

    [Fact]
    [Trait("Clause", "12.1")]
    public async Task AfterFiveFailures_FortyFiveAttemptsAtOnce_TheRightOneAmongThem_AreAllRefused()
    {
        var email = await _portal.NewAccountAsync("race-burst");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(email, Wrong)).StatusCode);
        }

        var burst = await Task.WhenAll(Enumerable.Range(0, 45).Select(i => SignInAsync(email, i == 22 ? Password : $"{Wrong}{i}")));

        Assert.All(burst, attempt => Assert.Equal(HttpStatusCode.Unauthorized, attempt.StatusCode));
    }

    [Fact]
    [Trait("Clause", "12.1")]
    public async Task ASuccessWhileGuessesAreBeingChecked_DoesNotForgetThem()
    {
        var email = await _portal.NewAccountAsync("race-success");

        // Four wrong guesses held inside the check; the owner signs in meanwhile.
        _hasher.Hold();
        var guesses = Enumerable.Range(0, 4).Select(_ => SignInAsync(email, Wrong)).ToList();
        await _hasher.HeldAsync(4);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(email, Password)).StatusCode);
        _hasher.Release();
        Assert.All(await Task.WhenAll(guesses), guess => Assert.Equal(HttpStatusCode.Unauthorized, guess.StatusCode));

        // Those four failures ended after the success: one more locks.
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(email, Wrong)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(email, Password)).StatusCode);
    }

    [Fact]
    [Trait("Clause", "12.1")]
    public async Task GuessesWhoseRequestsAreDropped_MidCheck_StillCount()
    {
        var email = await _portal.NewAccountAsync("race-dropped");

        // Five guesses whose callers hang up while their passwords are being checked.
        _hasher.Hold();
        using var hangUp = new CancellationTokenSource();
        var guesses = Enumerable.Range(0, 5).Select(_ => _portal.CreateClient().PostAsJsonAsync("/api/auth/sign-in", new { email, password = Wrong }, hangUp.Token)).ToList();
        await _hasher.HeldAsync(5);
        await hangUp.CancelAsync();
        _hasher.Release();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.WhenAll(guesses));
        await _hasher.HeldAsync(0, atMost: true);

        // Dropping a guess does not give its turn back: the right password finds no attempt left.
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(email, Password)).StatusCode);
        var state = await _portal.Service<LockoutStore>().ReadAsync(email, CancellationToken.None);
        Assert.True(state.IsLocked(DateTimeOffset.UtcNow) || state.ConsecutiveFailures + state.InFlight >= 5, $"the lockout row forgot dropped guesses: {state}");
    }

    private Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        _portal.CreateClient().PostAsJsonAsync("/api/auth/sign-in", new { email, password });

    /// <summary>The real hasher, which - while held - keeps each check of one password waiting until released.</summary>
    public sealed class GatedHasher(string heldPassword) : IPasswordHasher<UserAccount>
    {
        private readonly PasswordHasher<UserAccount> _inner = new();
        private readonly ManualResetEventSlim _open = new(initialState: true);
        private int _held;

        public void Hold() => _open.Reset();

        public void Release() => _open.Set();

        /// <summary>Until this many checks are waiting now (with <paramref name="atMost"/>, until no more than this many are).</summary>
        public async Task HeldAsync(int count, bool atMost = false)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (atMost ? Volatile.Read(ref _held) > count : Volatile.Read(ref _held) < count)
            {
                await Task.Delay(20, timeout.Token);
            }
        }

        public string HashPassword(UserAccount user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(UserAccount user, string hashedPassword, string providedPassword)
        {
            if (providedPassword == heldPassword && !_open.IsSet)
            {
                Interlocked.Increment(ref _held);
                _open.Wait(TimeSpan.FromSeconds(30));
                Interlocked.Decrement(ref _held);
            }

            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
