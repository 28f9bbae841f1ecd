using Azure;
using Azure.Data.Tables;
using Portal.Core.Storage;

namespace Portal.Core.Clients;

/// <summary>Clients, the key that keeps one client per person or company, and memberships seen from both sides.</summary>
public sealed class ClientStore(PortalStorage storage, PersonalCodeHmac personalCodes, TimeProvider time)
{
    /// <summary>The client with this identity (a personal code or a registration number), or null.</summary>
    public async Task<Client?> FindByKeyAsync(ClientKind kind, string identity, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.ClientsTable, cancellationToken);
        var index = await table.GetEntityIfExistsAsync<ClientKeyEntity>(KeyPartition(kind, identity), ClientKeyEntity.Row, cancellationToken: cancellationToken);
        return index.HasValue && index.Value is { } entry ? await GetAsync(entry.ClientId, cancellationToken) : null;
    }

    /// <summary>The client the back office knows by this id, or null.</summary>
    public async Task<Client?> GetByExternalIdAsync(string externalId, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.ClientsTable, cancellationToken);
        var index = await table.GetEntityIfExistsAsync<ClientExternalIdEntity>(ClientExternalIdEntity.PartitionFor(externalId), ClientExternalIdEntity.Row, cancellationToken: cancellationToken);
        return index.HasValue && index.Value is { } entry ? await GetAsync(entry.ClientId, cancellationToken) : null;
    }

    /// <summary>The client; null when there is none with this id (or the id cannot be one).</summary>
    public async Task<Client?> GetAsync(string clientId, CancellationToken cancellationToken)
    {
        if (!PortalIds.IsValid(clientId))
        {
            return null;
        }

        var table = await storage.TableAsync(StorageNames.ClientsTable, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<ClientEntity>(ClientEntity.PartitionFor(clientId), ClientEntity.Row, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value?.ToClient() : null;
    }

    /// <summary>
    /// Creates the client under <paramref name="clientId"/>, or returns the one that already has this
    /// identity. Safe to repeat: the key row decides, and the client row is written only if missing.
    /// </summary>
    public async Task<Client> EnsureAsync(string clientId, string name, ClientKind kind, string identity, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.ClientsTable, cancellationToken);
        var keyPartition = KeyPartition(kind, identity);
        try
        {
            await table.AddEntityAsync(new ClientKeyEntity { PartitionKey = keyPartition, ClientId = clientId }, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            var existing = await table.GetEntityAsync<ClientKeyEntity>(keyPartition, ClientKeyEntity.Row, cancellationToken: cancellationToken);
            clientId = existing.Value.ClientId;
        }

        var entity = new ClientEntity
        {
            PartitionKey = ClientEntity.PartitionFor(clientId),
            ClientId = clientId,
            Name = name,
            Kind = kind.ToString(),
            RegistrationNumber = kind == ClientKind.Legal ? identity : null,
            PersonalCodeHmac = kind == ClientKind.Natural ? personalCodes.Of(identity) : null,
            CreatedAt = time.GetUtcNow(),
        };
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
            await IndexNameAsync(clientId, null, name, cancellationToken);
            return entity.ToClient();
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            var existing = (await GetAsync(clientId, cancellationToken))!;
            await IndexNameAsync(clientId, null, existing.Name, cancellationToken);
            return existing;
        }
    }

    /// <summary>
    /// Keeps the name index in step with a client's name (a rename moves its rows). Idempotent: called
    /// on every write of the client, so a row a failed call left out is written by the next.
    /// </summary>
    public async Task IndexNameAsync(string clientId, string? oldName, string name, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.ClientsTable, cancellationToken);
        var rows = ClientNameEntity.RowsFor(name, clientId).ToList();
        foreach (var row in rows)
        {
            await table.UpsertEntityAsync(new ClientNameEntity { PartitionKey = ClientNameEntity.Partition, RowKey = row, ClientId = clientId }, TableUpdateMode.Replace, cancellationToken);
        }

        foreach (var old in oldName is null ? [] : ClientNameEntity.RowsFor(oldName, clientId).Except(rows))
        {
            await table.DeleteIfPresentAsync(ClientNameEntity.Partition, old, cancellationToken);
        }
    }

    /// <summary>
    /// Clients for staff: by registration number or personal code (11 digits), by the back office's
    /// external id, or by the beginning of the name (diacritics ignored). At most <paramref name="limit"/>.
    /// </summary>
    public async Task<IReadOnlyList<Client>> SearchAsync(string query, int limit, CancellationToken cancellationToken)
    {
        query = query.Trim();
        var found = new List<Client?>();
        if (query.Length == 11 && query.All(char.IsAsciiDigit))
        {
            found.Add(await FindByKeyAsync(ClientKind.Legal, query, cancellationToken));
        }

        if (Registrations.PersonalCode.Normalize(query) is { } code)
        {
            found.Add(await FindByKeyAsync(ClientKind.Natural, code, cancellationToken));
        }

        if (StorageKeys.IsUsable(query, 100))
        {
            found.Add(await GetByExternalIdAsync(query, cancellationToken));
        }

        var prefix = Accounts.UserSearchEntity.Fold(query);
        if (prefix.Length > 0)
        {
            var table = await storage.TableAsync(StorageNames.ClientsTable, cancellationToken);
            var end = prefix + '\uffff';
            await foreach (var row in table.QueryAsync<ClientNameEntity>(
                e => e.PartitionKey == ClientNameEntity.Partition && e.RowKey.CompareTo(prefix) >= 0 && e.RowKey.CompareTo(end) < 0, maxPerPage: limit, cancellationToken: cancellationToken))
            {
                // A row left by a rename that raced another is not the client's name any more: the client's own row decides.
                if (await GetAsync(row.ClientId, cancellationToken) is { } client && ClientNameEntity.RowsFor(client.Name, client.Id).Any(r => r.StartsWith(prefix, StringComparison.Ordinal)))
                {
                    found.Add(client);
                }
                else
                {
                    await table.DeleteIfPresentAsync(ClientNameEntity.Partition, row.RowKey, cancellationToken);
                }

                if (found.Count >= limit * 2)
                {
                    break;
                }
            }
        }

        return [.. found.OfType<Client>().DistinctBy(c => c.Id).Take(limit)];
    }

    /// <summary>Lets the user act for the client with these scopes; both sides are written, each idempotently.</summary>
    public async Task AddMemberAsync(string userId, Client client, IReadOnlyList<Scope> scopes, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var clients = await storage.TableAsync(StorageNames.ClientsTable, cancellationToken);
        await clients.UpsertEntityAsync(new MemberEntity
        {
            PartitionKey = ClientEntity.PartitionFor(client.Id),
            RowKey = MemberEntity.RowFor(userId),
            UserId = userId,
            Scopes = Scopes.Join(scopes),
            AddedAt = now,
        }, TableUpdateMode.Replace, cancellationToken);
        var accounts = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        await accounts.UpsertEntityAsync(new MembershipEntity
        {
            PartitionKey = $"user|{userId}",
            RowKey = MembershipEntity.RowPrefix + client.Id,
            ClientId = client.Id,
            ClientName = client.Name,
            ClientKind = client.Kind.ToString(),
            Scopes = Scopes.Join(scopes),
            AddedAt = now,
        }, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Who acts for the client, with their scopes, read from the client's partition.</summary>
    public async Task<IReadOnlyList<(string UserId, IReadOnlyList<Scope> Scopes)>> MembersAsync(string clientId, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.ClientsTable, cancellationToken);
        var partition = ClientEntity.PartitionFor(clientId);
        var members = new List<(string, IReadOnlyList<Scope>)>();
        await foreach (var member in table.QueryAsync<MemberEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo("member|") >= 0 && e.RowKey.CompareTo("member}") < 0, cancellationToken: cancellationToken))
        {
            members.Add((member.UserId, Scopes.Split(member.Scopes)));
        }

        return members;
    }

    /// <summary>Ends the user's membership: the user's row first, so their very next request for this client fails.</summary>
    public async Task RemoveMemberAsync(string userId, string clientId, CancellationToken cancellationToken)
    {
        var accounts = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var clients = await storage.TableAsync(StorageNames.ClientsTable, cancellationToken);
        await accounts.DeleteIfPresentAsync($"user|{userId}", MembershipEntity.RowPrefix + clientId, cancellationToken);
        await clients.DeleteIfPresentAsync(ClientEntity.PartitionFor(clientId), MemberEntity.RowFor(userId), cancellationToken);
    }

    /// <summary>Staff's setting of whether the client's admins invite without ES confirming each invitation.</summary>
    public async Task<Client?> SetSelfServiceInvitationsAsync(string clientId, bool enabled, CancellationToken cancellationToken)
    {
        if (!PortalIds.IsValid(clientId))
        {
            return null;
        }

        var table = await storage.TableAsync(StorageNames.ClientsTable, cancellationToken);
        try
        {
            await table.UpdateEntityAsync(
                new TableEntity(ClientEntity.PartitionFor(clientId), ClientEntity.Row) { [nameof(ClientEntity.SelfServiceInvitations)] = enabled },
                ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }

        return await GetAsync(clientId, cancellationToken);
    }

    /// <summary>The user's membership in one client (a point read in the user's partition); null when they do not act for it.</summary>
    public async Task<Membership?> MembershipAsync(string userId, string clientId, CancellationToken cancellationToken)
    {
        if (!PortalIds.IsValid(clientId))
        {
            return null;
        }

        var accounts = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var row = await accounts.GetEntityIfExistsAsync<MembershipEntity>($"user|{userId}", MembershipEntity.RowPrefix + clientId, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } membership ? membership.ToMembership(userId) : null;
    }

    /// <summary>A new name reaches every member's own row, so their client list shows it.</summary>
    public async Task RenameForMembersAsync(string clientId, string name, CancellationToken cancellationToken)
    {
        var accounts = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        foreach (var (userId, _) in await MembersAsync(clientId, cancellationToken))
        {
            var renamed = new TableEntity($"user|{userId}", MembershipEntity.RowPrefix + clientId) { [nameof(MembershipEntity.ClientName)] = name };
            try
            {
                await accounts.UpdateEntityAsync(renamed, ETag.All, TableUpdateMode.Merge, cancellationToken);
            }
            catch (RequestFailedException exception) when (exception.Status == 404)
            {
                // The membership has gone meanwhile.
            }
        }
    }

    /// <summary>The clients the user acts for, read from the user's own partition.</summary>
    public async Task<IReadOnlyList<Membership>> MembershipsAsync(string userId, CancellationToken cancellationToken)
    {
        var accounts = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var partition = $"user|{userId}";
        var list = new List<Membership>();
        await foreach (var row in accounts.QueryAsync<MembershipEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(MembershipEntity.RowPrefix) >= 0 && e.RowKey.CompareTo("membership}") < 0,
            cancellationToken: cancellationToken))
        {
            list.Add(row.ToMembership(userId));
        }

        return [.. list.OrderBy(m => m.ClientName, StringComparer.CurrentCulture)];
    }

    internal string KeyPartition(ClientKind kind, string identity) =>
        kind == ClientKind.Natural ? $"client-key|natural|{personalCodes.Of(identity)}" : $"client-key|legal|{identity}";
}
