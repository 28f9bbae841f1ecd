using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Core.Clients;
using Portal.Core.Notifications;
using Portal.Core.Outcomes;
using Portal.Core.Storage;

namespace Portal.Core.Identity;

/// <summary>The steps after a provider's answer that named no user at once, and the profile's linking and unlinking.</summary>
public sealed partial class ExternalSignIns
{
    /// <summary>How long an emailed code stays good.</summary>
    public static readonly TimeSpan CodeValidity = TimeSpan.FromMinutes(15);

    /// <summary>Wrong codes allowed before a new one must be asked for; codes sent for one sign-in.</summary>
    public const int MaxCodeAttempts = 5;
    public const int MaxEmailsSent = 5;

    private static readonly Failure _noSignIn = new Failure.NotFound("There is no sign-in under way in this browser, or it has lapsed: sign in again.");

    /// <summary>
    /// Links the login to an existing account whose email and password the person gives (the step-up), and signs in as it: refused when
    /// that account belongs to another verified code or another account signs in with this one (the session just begun then ends).
    /// </summary>
    public async Task<Outcome<StartedSession>> LinkWithPasswordAsync(string? cookie, string email, string password, AuditOrigin origin, CancellationToken cancellationToken)
    {
        if (await BoundAsync(cookie, cancellationToken) is not { } bound || Identity(bound) is not { } identity
            || Vocabulary<ExternalNext>.Stored(bound.Row.Next) is not (ExternalNext.Link or ExternalNext.NoMatch or ExternalNext.Signatory))
        {
            return _noSignIn;
        }

        var signIn = await passwordSignIn.ExecuteAsync(email, accounts.FindByEmailAsync(email, cancellationToken), password, origin, cancellationToken);
        if (signIn.Failure is { } failed)
        {
            return failed;
        }

        var started = signIn.Value;
        var userId = started.Account.Id;
        if (await LinkRefusalAsync(userId, identity, cancellationToken) is { } refusal)
        {
            await sessions.EndAsync(started.Session.Token, cancellationToken);
            IdentityLog.LinkRefused(logger, userId, bound.Row.Provider, refusal);
            await RecordAsync(AuditTrail.UserChain(userId), userId, AuditActions.ExternalLink, bound.Row.Provider, AuditActions.Failed, origin, cancellationToken);
            return new Failure.Conflict(ProblemTypes.Conflict, "This login cannot be linked to that account.", refusal);
        }

        var used = await UseAsync(userId, bound.Row.Provider, identity, cancellationToken);
        await RemoveAsync(bound.Row, cancellationToken);
        await RecordAsync(AuditTrail.UserChain(userId), userId, AuditActions.ExternalLink, bound.Row.Provider, AuditActions.Succeeded, origin, cancellationToken);
        return new StartedSession(used?.Account ?? started.Account, started.Session);
    }

    /// <summary>
    /// The email a new natural-person user gives (§2.6): a code to confirm it goes there, or, when another account has it, a notice to that
    /// account's owner instead - the answer is the same either way. At most <see cref="MaxEmailsSent"/> for one sign-in.
    /// </summary>
    public async Task<Outcome<string>> SendEmailCodeAsync(string? cookie, string email, string language, CancellationToken cancellationToken)
    {
        if (await BoundAsync(cookie, cancellationToken) is not { } bound || Vocabulary<ExternalNext>.Stored(bound.Row.Next) != ExternalNext.NewAccount)
        {
            return _noSignIn;
        }

        var row = bound.Row;
        if (row.EmailsSent >= MaxEmailsSent)
        {
            return new Failure.Throttled { RetryAfter = StepsWindow };
        }

        var normalized = EmailAddress.Normalize(email);
        var owner = await accounts.FindByEmailAsync(normalized, cancellationToken);
        var now = time.GetUtcNow();
        var provider = protocols.DisplayName(row.Provider);
        EmailMessage message;
        if (owner is not null)
        {
            // No code: nobody can finish with an address that has an account. Its owner hears of it.
            row.CodeHash = "";
            message = new EmailMessage(owner.Email, owner.Language, EmailTemplates.ExternalEmailTaken, new Dictionary<string, string>
            {
                ["time"] = EmailTemplates.RigaTime(now),
                ["provider"] = provider,
            });
        }
        else
        {
            var code = $"{RandomNumberGenerator.GetInt32(0, 1_000_000):D6}";
            row.CodeHash = CodeHash(row, code);
            message = new EmailMessage(normalized, language, EmailTemplates.ExternalEmailCode, new Dictionary<string, string>
            {
                ["code"] = code,
                ["validMinutes"] = $"{(int)CodeValidity.TotalMinutes}",
                ["provider"] = provider,
            });
        }

        row.Email = normalized;
        row.Language = language;
        row.CodeExpiresAt = now + CodeValidity;
        row.CodeAttempts = 0;
        row.EmailsSent++;
        var table = await storage.TableAsync(StorageNames.SessionsTable, cancellationToken);
        try
        {
            await table.SubmitTransactionAsync(
            [
                new(TableTransactionActionType.UpdateReplace, row, row.ETag),
                await outbox.PrepareAsync(StorageNames.SessionsTable, row.PartitionKey, message, cancellationToken),
            ], cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 412)
        {
            return new Failure.Conflict(ProblemTypes.Conflict, "The sign-in changed meanwhile.", "Give the email address again.");
        }

        return normalized;
    }

    /// <summary>
    /// Makes the account of a natural-person client (§2.5, §2.6, §10): the emailed code, and the terms in force accepted (recorded as every
    /// acceptance is). The user acts for their own client with every scope; a pending application with the same personal code is closed.
    /// Safe to repeat after a crash: the user's id is fixed on the sign-in's row before anything is written.
    /// </summary>
    public async Task<Outcome<StartedSession>> CreateAccountAsync(string? cookie, string code, int acceptedTermsVersion, AuditOrigin origin, CancellationToken cancellationToken)
    {
        if (await BoundAsync(cookie, cancellationToken) is not { } bound || Identity(bound) is not { } identity
            || Vocabulary<ExternalNext>.Stored(bound.Row.Next) != ExternalNext.NewAccount)
        {
            return _noSignIn;
        }

        var row = bound.Row;
        var table = await storage.TableAsync(StorageNames.SessionsTable, cancellationToken);
        if (row.Email.Length == 0 || row.CodeExpiresAt is not { } expiresAt || expiresAt <= time.GetUtcNow() || row.CodeAttempts >= MaxCodeAttempts)
        {
            return new Failure.Expired(ProblemTypes.CodeExpired, "The code has expired or was entered wrong too often.", "Ask for a new code.");
        }

        if (row.CodeHash.Length == 0 || !RandomTokens.SameHash(row.CodeHash, CodeHash(row, code.Trim())))
        {
            row.CodeAttempts++;
            await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
            return Failure.Invalid.Field("code", "The code is wrong.");
        }

        var current = await terms.CurrentAsync(cancellationToken);
        if (current is null || current.Version.Version != acceptedTermsVersion)
        {
            return Failure.Invalid.Field("acceptedTermsVersion", $"Accept the terms of use in force (version {current?.Version.Version}).");
        }

        if (row.ClientId is null || await clients.GetAsync(row.ClientId, cancellationToken) is not { Kind: ClientKind.Natural } client)
        {
            return new Failure.Conflict(ProblemTypes.Conflict, "The client is no longer there.", Failure.OtherChannels);
        }

        if (row.UserId is null)
        {
            row.UserId = Guid.NewGuid().ToString("N");
            await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
        }

        var userId = row.UserId;
        if (!await accounts.ClaimEmailAsync(userId, row.Email, cancellationToken))
        {
            return Failure.Invalid.Field("email", "Another account has this address now: give another.");
        }

        // The membership before the user row (index first): a user that exists always acts for its client.
        await clients.AddMemberAsync(userId, client, Vocabulary<Scope>.All, cancellationToken);
        var codeHmac = CurrentCodeHmac(identity)!;
        var account = await accounts.CreateExternalAsync(
            userId,
            new NewExternalAccount(row.Email, PersonName.AsWritten(identity.GivenName), PersonName.AsWritten(identity.Surname), row.Language, codeHmac, current.Version.Version, Use(row.Provider, identity)),
            new TermsAcceptance(current.Version.Version, current.Version.Sha256 ?? "", time.GetUtcNow(), origin.IpAddress, origin.UserAgent),
            user => new BackOffice.BackOfficeEvent(BackOffice.BackOfficeEventTypes.UserSignedUp, time.GetUtcNow(), new Dictionary<string, string?>
            {
                ["userId"] = user.Id,
                ["clientId"] = client.Id,
                ["clientExternalId"] = client.ExternalId,
                ["email"] = user.Email,
                ["provider"] = row.Provider,
            }),
            cancellationToken);
        await registrations.CloseForPersonAsync(codeHmac, userId, origin, cancellationToken);
        var session = await sessions.StartAsync(userId, origin.IpAddress, origin.UserAgent, cancellationToken, signedInWith: row.Provider);
        await RemoveAsync(row, cancellationToken);
        await RecordAsync(AuditTrail.UserChain(userId), row.Provider, AuditActions.AccountCreate, userId, AuditActions.Succeeded, origin, cancellationToken);
        IdentityLog.AccountCreated(logger, userId, row.Provider, client.Id);
        return new StartedSession(account, session);
    }

    /// <summary>
    /// The profile's linking (§2.8): the password first (the step-up), then a sign-in at the provider whose answer links its login to this
    /// user. An account without a password has signed in with the provider already.
    /// </summary>
    public async Task<Outcome<ExternalStart>> BeginLinkAsync(UserAccount account, string provider, string? password, AuditOrigin origin, CancellationToken cancellationToken)
    {
        if (await StepUpAsync(account, password, AuditActions.ExternalLink, provider, origin, cancellationToken) is { } refused)
        {
            return refused;
        }

        return await StartAsync(provider, "/account", account.Id, cancellationToken);
    }

    /// <summary>Removes the login after the step-up; the last way to sign in (the login of an account without a password) stays.</summary>
    public async Task<Outcome<Done>> UnlinkAsync(UserAccount account, string provider, string? password, AuditOrigin origin, CancellationToken cancellationToken)
    {
        if ((await accounts.LoginsAsync(account.Id, cancellationToken)).All(login => login.Provider != provider))
        {
            return new Failure.NotFound("This sign-in method is not linked to your account.");
        }

        if (!account.HasPassword)
        {
            return new Failure.Conflict(ProblemTypes.Conflict, "This is your only way to sign in.",
                "Set a password first (through \"Forgot your password?\" on the sign-in page), then you can remove it.");
        }

        if (await StepUpAsync(account, password, AuditActions.ExternalUnlink, provider, origin, cancellationToken) is { } refused)
        {
            return refused;
        }

        await accounts.UnlinkAsync(account.Id, provider, user => LoginNotice(user, provider, EmailTemplates.LoginUnlinked), cancellationToken);
        await RecordAsync(AuditTrail.UserChain(account.Id), account.Id, AuditActions.ExternalUnlink, provider, AuditActions.Succeeded, origin, cancellationToken);
        return Done.Instance;
    }

    private Task<Failure?> StepUpAsync(UserAccount account, string? password, string action, string provider, AuditOrigin origin, CancellationToken cancellationToken) =>
        attempts.StepUpAsync(account, password, session: null, "currentPassword", origin.IpAddress,
            result => RecordAsync(AuditTrail.UserChain(account.Id), account.Id, action, provider, result, origin, cancellationToken), cancellationToken);

    private static string CodeHash(PendingExternalSignInEntity row, string code) => RandomTokens.Hash($"{row.PartitionKey}|{code}");
}
