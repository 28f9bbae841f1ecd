using Azure;
using Microsoft.Extensions.Logging;
using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Core.Clients;
using Portal.Core.Privacy;
using Portal.Core.Storage;

namespace Portal.Core.Identity;

/// <summary>
/// Sign-in through an external identity provider (§2.8, §10), whatever the protocol: a sign-in begun and bound to the browser, the
/// provider's validated answer kept with it, and, when the browser comes back, who gets in. A person whose code one portal user
/// has verified signs in as that user; otherwise the answer is kept for the next step (<see cref="ExternalNext"/>): linking an
/// account with its password, an account for a natural-person client of ES, or a page saying what to do.
/// </summary>
public sealed partial class ExternalSignIns(
    PortalStorage storage,
    RetentionIndex retention,
    AccountStore accounts,
    ClientStore clients,
    PersonalCodeHmac personalCodes,
    SessionStore sessions,
    SignInCommand passwordSignIn,
    PasswordAttempts attempts,
    Registrations.RegistrationReview registrations,
    ExternalProtocols protocols,
    Notifications.Outbox outbox,
    Terms.TermsCatalog terms,
    AuditTrail audit,
    TimeProvider time,
    ILogger<ExternalSignIns> logger)
{
    /// <summary>How long a person has at the provider before the sign-in lapses.</summary>
    public static readonly TimeSpan AnswerWindow = TimeSpan.FromMinutes(15);

    /// <summary>How long the steps after the answer (an email and its code, the terms, a password) may take.</summary>
    public static readonly TimeSpan StepsWindow = TimeSpan.FromMinutes(30);

    /// <summary>The page that shows a pending sign-in's next step (the UI's route).</summary>
    public const string NextStepPage = "/sign-in/external";

    private const string SignInIntent = "sign-in";
    private const string LinkIntent = "link";

    /// <summary>Begins a sign-in (or, for <paramref name="linkingUserId"/>, the linking of a signed-in user's login), indexed for the retention timer first.</summary>
    public async Task<ExternalStart> StartAsync(string provider, string returnTo, string? linkingUserId, CancellationToken cancellationToken)
    {
        var state = RandomTokens.New();
        var binding = RandomTokens.New();
        var partition = PendingExternalSignInEntity.PartitionFor(state);
        var now = time.GetUtcNow();
        await retention.AddAsync(RetentionKind.Sessions, now + AnswerWindow + StepsWindow, cancellationToken,
            new RetentionTarget(StorageNames.SessionsTable, partition, PendingExternalSignInEntity.Row));
        var table = await storage.TableAsync(StorageNames.SessionsTable, cancellationToken);
        await table.AddEntityAsync(new PendingExternalSignInEntity
        {
            PartitionKey = partition,
            Provider = provider,
            BindingHash = RandomTokens.Hash(binding),
            Intent = linkingUserId is null ? SignInIntent : LinkIntent,
            UserId = linkingUserId,
            ReturnTo = returnTo,
            ExpiresAt = now + AnswerWindow,
        }, cancellationToken);
        return new ExternalStart(state, $"{state}.{binding}");
    }

    /// <summary>
    /// The provider's answer, read by its protocol: kept with the sign-in its context names, for the browser's same-site step. A refused
    /// answer, or one for a sign-in that is unknown, lapsed or answered already, is recorded on the provider's trail and kept nowhere.
    /// </summary>
    public async Task AnswerAsync(string provider, Outcomes.Outcome<ExternalAnswer> read, string? context, AuditOrigin origin, CancellationToken cancellationToken)
    {
        if (read.Failure is ExternalAnswerRefused refused)
        {
            IdentityLog.AnswerRefused(logger, provider, refused.Reason);
            await RecordAsync(ProviderChain(provider), provider, AuditActions.ExternalSignIn, refused.Reason, AuditActions.Failed, origin, cancellationToken);
            return;
        }

        var answer = read.Value;
        var table = await storage.TableAsync(StorageNames.SessionsTable, cancellationToken);
        var row = await ReadAsync(answer.Context, cancellationToken);
        var subjectChain = SubjectChain(answer.Identity);
        if (row is null || row.Provider != provider || row.Identity is not null || row.ExpiresAt <= time.GetUtcNow())
        {
            await RecordAsync(subjectChain, provider, AuditActions.ExternalSignIn, "no sign-in under way for this answer", AuditActions.Failed, origin, cancellationToken);
            return;
        }

        row.Identity = SealedIdentity.Seal(answer.Context, answer.Identity);
        row.ExpiresAt = time.GetUtcNow() + StepsWindow;
        try
        {
            await table.UpdateEntityAsync(row, row.ETag, Azure.Data.Tables.TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 412)
        {
            // The same answer twice at once: the first one counts.
            await RecordAsync(subjectChain, provider, AuditActions.ExternalSignIn, "answered twice", AuditActions.Failed, origin, cancellationToken);
        }
    }

    /// <summary>
    /// The browser's same-site step after the provider's answer: the cookie must hold the state the answer came back with and the
    /// binding begun with it. Signs the person in, links the login of the user who began a linking, or keeps the answer for the next step.
    /// </summary>
    public async Task<ExternalFinish> FinishAsync(string provider, string? state, string? cookie, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var pending = await BoundAsync(cookie, cancellationToken);
        if (pending is not { } bound || bound.State != state || bound.Row.Provider != provider)
        {
            await RecordAsync(ProviderChain(provider), provider, AuditActions.ExternalSignIn, "the browser does not hold this sign-in's binding cookie", AuditActions.Failed, origin, cancellationToken);
            return new ExternalFinish(NextStepPage, null);
        }

        var row = bound.Row;
        if (row.Next.Length > 0)
        {
            // Come back again (a reload): the next step stands as decided.
            return new ExternalFinish(NextStepPage, null);
        }

        if (Identity(bound) is not { } identity)
        {
            await DecideAsync(row, ExternalNext.Refused, cancellationToken);
            return new ExternalFinish(NextStepPage, null);
        }

        if (row.Intent == LinkIntent)
        {
            return await FinishLinkingAsync(row, identity, origin, cancellationToken);
        }

        var codes = CodeHmacs(identity);
        var users = codes.Count == 0 ? [] : await accounts.FindByPersonalCodesAsync(codes, cancellationToken);
        var verified = users.Where(user => user.PersonalCodeVerified).ToList();
        if (verified is [var account])
        {
            if (account.Status != AccountStatus.Active)
            {
                IdentityLog.SignInRefusedBlocked(logger, account.Id, account.Status);
                await RecordAsync(AuditTrail.UserChain(account.Id), provider, AuditActions.ExternalSignIn, account.Id, AuditActions.Blocked, origin, cancellationToken);
                await DecideAsync(row, ExternalNext.Blocked, cancellationToken);
                return new ExternalFinish(NextStepPage, null);
            }

            var started = await SignInAsync(row, account, identity, origin, cancellationToken);
            return new ExternalFinish(row.ReturnTo, started);
        }

        var client = verified.Count > 1 || users.Count > 0 ? null : await NaturalClientAsync(identity, cancellationToken);
        var next = verified.Count > 1 ? ExternalNext.Several
            : users.Count > 0 ? ExternalNext.Link
            : client is not null ? ExternalNext.NewAccount
            : identity.CompanyRegistrationNumber is not null ? ExternalNext.Signatory
            : ExternalNext.NoMatch;
        row.ClientId = client?.Id ?? row.ClientId;

        await RecordAsync(SubjectChain(identity), provider, AuditActions.ExternalSignIn, Vocabulary<ExternalNext>.Text(next), AuditActions.Pending, origin, cancellationToken);
        await DecideAsync(row, next, cancellationToken);
        return new ExternalFinish(NextStepPage, null);
    }

    /// <summary>The sign-in this browser has under way, as its next step shows it; null when there is none (or it lapsed).</summary>
    public async Task<ExternalPending?> PendingAsync(string? cookie, CancellationToken cancellationToken)
    {
        if (await BoundAsync(cookie, cancellationToken) is not { } bound || bound.Row.Next.Length == 0)
        {
            return null;
        }

        var row = bound.Row;
        var identity = Identity(bound);
        return new ExternalPending(
            row.Provider,
            Vocabulary<ExternalNext>.Stored(row.Next),
            identity?.GivenName ?? "",
            identity?.Surname ?? "",
            identity?.CompanyRegistrationNumber,
            row.Email.Length > 0 ? row.Email : null,
            identity?.PersonalCode is not null);
    }

    /// <summary>
    /// The personal code an unfinished sign-in carried, for prefilling an application (a signatory, or a person matching nothing); the
    /// code leaves storage only for the browser that signed in.
    /// </summary>
    public async Task<ExternalIdentity?> IdentityAsync(string? cookie, CancellationToken cancellationToken) =>
        await BoundAsync(cookie, cancellationToken) is { } bound && bound.Row.Next.Length > 0 ? Identity(bound) : null;

    /// <summary>Ends this browser's sign-in under way (a new one begins, or the person gives up).</summary>
    public async Task ForgetAsync(string? cookie, CancellationToken cancellationToken)
    {
        if (await BoundAsync(cookie, cancellationToken) is { } bound)
        {
            await RemoveAsync(bound.Row, cancellationToken);
        }
    }

    private async Task<ExternalFinish> FinishLinkingAsync(PendingExternalSignInEntity row, ExternalIdentity identity, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var userId = row.UserId!;
        var refusal = await LinkRefusalAsync(userId, identity, cancellationToken);
        var used = refusal is null ? await UseAsync(userId, row.Provider, identity, cancellationToken) : null;
        await RemoveAsync(row, cancellationToken);
        if (used is null)
        {
            IdentityLog.LinkRefused(logger, userId, row.Provider, refusal ?? "no such user");
            await RecordAsync(AuditTrail.UserChain(userId), userId, AuditActions.ExternalLink, row.Provider, AuditActions.Failed, origin, cancellationToken);
            return new ExternalFinish($"/account?login={row.Provider}&linked=refused", null);
        }

        await RecordAsync(AuditTrail.UserChain(userId), userId, AuditActions.ExternalLink, row.Provider, AuditActions.Succeeded, origin, cancellationToken);
        return new ExternalFinish($"/account?login={row.Provider}&linked=yes", null);
    }

    /// <summary>Why the login may not be linked to this user: it carries no code, another user signs in with its code, or this user has another verified code.</summary>
    private async Task<string?> LinkRefusalAsync(string userId, ExternalIdentity identity, CancellationToken cancellationToken)
    {
        var codes = CodeHmacs(identity);
        if (codes.Count == 0)
        {
            return "The answer carries no personal code.";
        }

        var users = await accounts.FindByPersonalCodesAsync(codes, cancellationToken);
        if (users.Any(user => user.Id != userId && user.PersonalCodeVerified))
        {
            return "Another portal account already signs in with this personal code.";
        }

        var account = await accounts.GetAsync(userId, cancellationToken);
        return account is { PersonalCodeVerified: true, PersonalCodeHmac: { } own } && !codes.Contains(own)
            ? "This account belongs to a person with another personal code."
            : null;
    }

    private async Task<StartedSession> SignInAsync(PendingExternalSignInEntity row, UserAccount account, ExternalIdentity identity, AuditOrigin origin, CancellationToken cancellationToken)
    {
        var used = await UseAsync(account.Id, row.Provider, identity, cancellationToken);
        var session = await sessions.StartAsync(account.Id, origin.IpAddress, origin.UserAgent, cancellationToken, signedInWith: row.Provider);
        await RemoveAsync(row, cancellationToken);
        if (used?.Linked == true)
        {
            await RecordAsync(AuditTrail.UserChain(account.Id), account.Id, AuditActions.ExternalLink, row.Provider, AuditActions.Succeeded, origin, cancellationToken);
        }

        // What the provider sent of the person (§23.2 for a bank): how they proved who they are and the name it gives; the personal code
        // is in no trail (docs/ARCHITECTURE.md, "Where personal codes appear").
        var sent = $"{row.Provider}|method:{identity.AuthenticationMethod}|name:{identity.GivenName} {identity.Surname}";
        await RecordAsync(AuditTrail.UserChain(account.Id), account.Id, AuditActions.ExternalSignIn, sent, AuditActions.Succeeded, origin, cancellationToken);
        IdentityLog.SignedIn(logger, account.Id, row.Provider, session.Session.Id);
        return new StartedSession(used?.Account ?? account, session);
    }

    /// <summary>A use of the login by this user: its code becomes theirs, verified; a first use links it and tells them by email.</summary>
    private Task<LoginUsed?> UseAsync(string userId, string provider, ExternalIdentity identity, CancellationToken cancellationToken) =>
        accounts.UseLoginAsync(userId, Use(provider, identity), CurrentCodeHmac(identity)!, user => LoginNotice(user, provider, Notifications.EmailTemplates.LoginLinked), cancellationToken);

    private Notifications.EmailMessage LoginNotice(UserAccount account, string provider, string template) =>
        new(account.Email, account.Language, template, new Dictionary<string, string>
        {
            ["provider"] = protocols.DisplayName(provider),
        });

    private async Task<Client?> NaturalClientAsync(ExternalIdentity identity, CancellationToken cancellationToken)
    {
        foreach (var code in identity.Codes)
        {
            if (await clients.FindByKeyAsync(ClientKind.Natural, code, cancellationToken) is { } client)
            {
                return client;
            }
        }

        return null;
    }

    private HashSet<string> CodeHmacs(ExternalIdentity identity) => [.. identity.Codes.Select(personalCodes.Of)];

    private string? CurrentCodeHmac(ExternalIdentity identity) => identity.Codes.FirstOrDefault() is { } code ? personalCodes.Of(code) : null;

    private ExternalLoginUse Use(string provider, ExternalIdentity identity) => new(provider, personalCodes.Of(identity.Subject), identity.AuthenticationMethod);

    /// <summary>Failures of answers that name nobody: the provider's own trail.</summary>
    private static string ProviderChain(string provider) => $"external|{provider}";

    /// <summary>What happened to one person's sign-ins that ended in no account: their subject's trail (its HMAC, never the code).</summary>
    private string SubjectChain(ExternalIdentity identity) => $"external|{identity.Provider}|{personalCodes.Of(identity.Subject)}";

    private Task RecordAsync(string chain, string actor, string action, string target, string result, AuditOrigin origin, CancellationToken cancellationToken) =>
        audit.AppendAsync(chain, actor, clientId: null, action, target, result, origin, cancellationToken);

    private static ExternalIdentity? Identity((string State, PendingExternalSignInEntity Row) bound) =>
        bound.Row.Identity is { } sealedIdentity ? SealedIdentity.Open(bound.State, sealedIdentity) : null;

    private async Task DecideAsync(PendingExternalSignInEntity row, ExternalNext next, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.SessionsTable, cancellationToken);
        row.Next = Vocabulary<ExternalNext>.Text(next);
        row.ExpiresAt = time.GetUtcNow() + StepsWindow;
        await table.UpdateEntityAsync(row, row.ETag, Azure.Data.Tables.TableUpdateMode.Replace, cancellationToken);
    }

    private async Task RemoveAsync(PendingExternalSignInEntity row, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.SessionsTable, cancellationToken);
        await table.DeleteIfPresentAsync(row.PartitionKey, row.RowKey, cancellationToken);
    }

    private async Task<PendingExternalSignInEntity?> ReadAsync(string state, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.SessionsTable, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<PendingExternalSignInEntity>(
            PendingExternalSignInEntity.PartitionFor(state), PendingExternalSignInEntity.Row, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>The sign-in the cookie names, when the cookie also holds its binding and it has not lapsed.</summary>
    private async Task<(string State, PendingExternalSignInEntity Row)?> BoundAsync(string? cookie, CancellationToken cancellationToken)
    {
        if (cookie?.Split('.') is not [{ Length: > 0 } state, { Length: > 0 } binding] || state.Length > 100 || binding.Length > 100)
        {
            return null;
        }

        var row = await ReadAsync(state, cancellationToken);
        return row is not null && row.ExpiresAt > time.GetUtcNow()
            && RandomTokens.SameHash(row.BindingHash, RandomTokens.Hash(binding))
            ? (state, row)
            : null;
    }
}
