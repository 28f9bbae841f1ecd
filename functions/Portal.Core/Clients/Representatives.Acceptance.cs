using Azure;
using Azure.Data.Tables;
using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Core.Outcomes;
using Portal.Core.Storage;
using Portal.Core.Terms;

namespace Portal.Core.Clients;

// The invitee's side: what a link is for, and accepting it.
public sealed partial class Representatives
{
    /// <summary>What the link is for, without using it; null when it is not live.</summary>
    public async Task<InvitationView?> PeekAsync(string token, CancellationToken cancellationToken)
    {
        if (await LiveInvitationAsync(token, cancellationToken) is not { } invitation)
        {
            return null;
        }

        var client = await clients.GetAsync(invitation.ClientId, cancellationToken);
        return new InvitationView(client?.Name ?? "", invitation.Email, Scopes.Split(invitation.Scopes), await accounts.FindByEmailAsync(invitation.Email, cancellationToken) is not null);
    }

    private static Failure InvalidInvitation =>
        Failure.Invalid.Field("token", "The invitation is not valid: it was used, or it is older than 7 days.");

    private static Failure SignInFirst =>
        new Failure.Unauthenticated(ProblemTypes.SessionRequired, "Sign in first.", "The invited email has a portal account: sign in with it, then accept.");

    /// <summary>
    /// Accepts the invitation: as the signed-in owner of the invited email, or - where the email has no
    /// account - by creating one here (the link proves the address). A new account accepts the terms in
    /// force like every other (§4): <paramref name="acceptedTerms"/> is the version the person ticked,
    /// null when they did not, and the acceptance is recorded with its text's hash, time and origin.
    /// </summary>
    public async Task<Outcome<string>> AcceptAsync(
        string token, UserAccount? signedIn, string? firstName, string? lastName, string? password, string language, TermsVersion? acceptedTerms, AuditOrigin origin, CancellationToken cancellationToken)
    {
        if (await LiveInvitationAsync(token, cancellationToken) is not { } invitation)
        {
            return InvalidInvitation;
        }

        var existing = await accounts.FindByEmailAsync(invitation.Email, cancellationToken);
        UserAccount account;
        if (existing is not null)
        {
            if (signedIn is null)
            {
                return SignInFirst;
            }

            if (signedIn.Id != existing.Id)
            {
                return new Failure.Forbidden(ProblemTypes.InvitationForAnotherAccount, "The invitation is for another email.", "Sign out and sign in with the invited email.");
            }

            account = existing;
        }
        else
        {
            var errors = new FieldErrors();
            if (PersonName.Check(firstName) is { } firstNameError)
            {
                errors.Add("firstName", firstNameError);
            }

            if (PersonName.Check(lastName) is { } lastNameError)
            {
                errors.Add("lastName", lastNameError);
            }

            if (policy.Check(password ?? "", invitation.Email) is { Count: > 0 } broken)
            {
                errors.Add("password", broken.Select(rule => rule.ToString()));
            }

            if (acceptedTerms is null)
            {
                errors.Add("acceptedTermsVersion", "Accept the terms of use in force to create the account.");
            }

            if (!errors.IsEmpty || firstName is null || lastName is null || password is null || acceptedTerms is null)
            {
                return new Failure.Invalid(errors);
            }

            if (await accounts.CreateAsync(new NewAccount(invitation.Email, firstName.Trim(), lastName.Trim(), language, password, acceptedTerms.Version), cancellationToken) is not { } created)
            {
                return SignInFirst;
            }

            account = created;
            await acceptances.AcceptAsync(account.Id, acceptedTerms, origin, cancellationToken);
        }

        if (await _links.ConsumeAsync(token, cancellationToken) is null)
        {
            return InvalidInvitation;
        }

        var client = (await clients.GetAsync(invitation.ClientId, cancellationToken))!;
        await clients.AddMemberAsync(account.Id, client, Scopes.Split(invitation.Scopes), cancellationToken);
        invitation.Status = "accepted";
        var table = await storage.TableAsync(StorageNames.ClientsTable, cancellationToken);
        await table.UpdateEntityAsync(invitation, ETag.All, TableUpdateMode.Replace, cancellationToken);
        await RecordAsync(invitation.ClientId, account.Id, account.Id, AuditActions.InvitationAccept, invitation.InvitationId, origin, cancellationToken);
        return invitation.ClientId;
    }

    private async Task<InvitationEntity?> LiveInvitationAsync(string token, CancellationToken cancellationToken)
    {
        if (await _links.PeekAsync(token, cancellationToken) is not { IsLive: true, Payload: { } payload })
        {
            return null;
        }

        var parts = payload.Split('|');
        return await ReadAsync(parts[0], parts[1], cancellationToken) is { Status: "sent" } invitation ? invitation : null;
    }
}
