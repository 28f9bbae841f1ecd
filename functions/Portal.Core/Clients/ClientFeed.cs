using Portal.Core.Billing;
using Azure;
using Azure.Data.Tables;
using Portal.Core.BackOffice;
using Portal.Core.Outcomes;
using Portal.Core.Permits;
using Portal.Core.Registrations;
using Portal.Core.Storage;

namespace Portal.Core.Clients;

/// <summary>
/// The back office's clients (§2.3, §7): each record upserted by its external id and version. A
/// natural person's client is the one with the same personal code (by its HMAC), so an approved
/// registration and the fed client are one client; a company's, the one with its registration
/// number. Representatives keep seeing the client's current name.
/// </summary>
public sealed class ClientFeed(PortalStorage storage, ClientStore clients, PersonalCodeHmac personalCodes, TimeProvider time)
{
    /// <summary>Records of different clients land side by side; a second record with the same external id in one batch is refused.</summary>
    public async Task<IReadOnlyList<FeedResult>> UpsertManyAsync(IReadOnlyList<ClientRecord> records, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = records.Select(r => r.ExternalId is { } id && !seen.Add(id)).ToList();
        var results = new FeedResult[records.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, records.Count), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (i, token) => results[i] = duplicates[i]
                ? FeedResult.RepeatedInBatch(records[i].ExternalId!)
                : await UpsertAsync(records[i], token));
        return results;
    }

    public async Task<FeedResult> UpsertAsync(ClientRecord record, CancellationToken cancellationToken)
    {
        var externalId = record.ExternalId ?? "";
        var validated = Validate(record);
        if (validated.Failure is { } failure)
        {
            return FeedResult.Rejected(externalId, failure);
        }

        var (kind, identity, name, arrangement, services) = validated.Value;
        var normalized = Normalized(record, validated.Value);
        var hash = ContentHash.Of(normalized, FeedJson.Default.ClientRecord);
        var clientId = await ResolveAsync(externalId, kind, identity, cancellationToken);
        var table = await storage.TableAsync(StorageNames.ClientsTable, cancellationToken);
        for (var conflicts = 1; ; conflicts++)
        {
            var found = await table.GetEntityIfExistsAsync<ClientEntity>(ClientEntity.PartitionFor(clientId), ClientEntity.Row, cancellationToken: cancellationToken);
            var existing = found.HasValue ? found.Value : null;
            if (existing?.Version is { } held)
            {
                if (record.Version < held)
                {
                    return new FeedResult(externalId, FeedStatus.Stale, new FieldErrors());
                }

                if (record.Version == held)
                {
                    if (existing.ContentHash == hash)
                    {
                        // A replay also repairs the name index, should an earlier write have stopped short of it.
                        await clients.IndexNameAsync(clientId, null, existing.Name, cancellationToken);
                    }

                    return existing.ContentHash == hash
                        ? new FeedResult(externalId, FeedStatus.Unchanged, new FieldErrors())
                        : FeedResult.Rejected(externalId, "version", $"Version {held} is held with other content: a change needs a higher version.");
                }
            }

            if (existing is not null && (existing.Kind != kind.ToString() || KeyOf(existing) != KeyOf(kind, identity)))
            {
                return FeedResult.Rejected(externalId, "personalCode", "A client's kind and its personal code or registration number do not change; feed a new client.");
            }

            // The first feed of this external id creates the client as far as the back office knows, even where an approval made it before.
            var firstFeed = existing?.Version is null;
            var entity = existing ?? new ClientEntity { PartitionKey = ClientEntity.PartitionFor(clientId), ClientId = clientId, CreatedAt = time.GetUtcNow() };
            var renamed = existing is not null && existing.Name != normalized.Name;
            var previousName = existing?.Name;
            entity.Name = name;
            entity.Kind = kind.ToString();
            entity.RegistrationNumber = normalized.RegistrationNumber;
            entity.PersonalCodeHmac = kind == ClientKind.Natural ? personalCodes.Of(identity) : null;
            entity.ExternalId = externalId;
            entity.Version = record.Version;
            entity.ContentHash = hash;
            entity.Address = normalized.Address?.Trim();
            entity.Email = normalized.Email?.Trim();
            entity.Phone = normalized.Phone?.Trim();
            entity.BillingArrangement = arrangement.Text();
            entity.Services = string.Join(",", services.Select(service => service.Text()));
            try
            {
                if (existing is null)
                {
                    await table.AddEntityAsync(entity, cancellationToken);
                }
                else
                {
                    await table.UpdateEntityAsync(entity, existing.ETag, TableUpdateMode.Replace, cancellationToken);
                }
            }
            catch (RequestFailedException exception) when (Contention.IsConflict(exception))
            {
                // Another feed of the same client got there first: decide again against what it wrote.
                await Contention.BeforeRetryAsync(conflicts, "The client", cancellationToken);
                continue;
            }

            await clients.IndexNameAsync(clientId, previousName, entity.Name, cancellationToken);

            if (renamed)
            {
                await clients.RenameForMembersAsync(clientId, entity.Name, cancellationToken);
            }

            return new FeedResult(externalId, firstFeed ? FeedStatus.Created : FeedStatus.Updated, new FieldErrors());
        }
    }

    /// <summary>The client this external id is: known already, or the one with the same identity (an approved registration's), or a new one.</summary>
    private async Task<string> ResolveAsync(string externalId, ClientKind kind, string identity, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.ClientsTable, cancellationToken);
        var partition = ClientExternalIdEntity.PartitionFor(externalId);
        var known = await table.GetEntityIfExistsAsync<ClientExternalIdEntity>(partition, ClientExternalIdEntity.Row, cancellationToken: cancellationToken);
        if (known.HasValue && known.Value is { } entry)
        {
            return entry.ClientId;
        }

        // The identity key decides which client this is; inserting it is what makes a new client one.
        var keyPartition = clients.KeyPartition(kind, identity);
        var clientId = Guid.NewGuid().ToString("N");
        try
        {
            await table.AddEntityAsync(new ClientKeyEntity { PartitionKey = keyPartition, ClientId = clientId }, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            clientId = (await table.GetEntityAsync<ClientKeyEntity>(keyPartition, ClientKeyEntity.Row, cancellationToken: cancellationToken)).Value.ClientId;
        }

        try
        {
            await table.AddEntityAsync(new ClientExternalIdEntity { PartitionKey = partition, ClientId = clientId }, cancellationToken);
            return clientId;
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            return (await table.GetEntityAsync<ClientExternalIdEntity>(partition, ClientExternalIdEntity.Row, cancellationToken: cancellationToken)).Value.ClientId;
        }
    }

    private string KeyOf(ClientEntity entity) =>
        entity.Kind == nameof(ClientKind.Legal) ? $"legal|{entity.RegistrationNumber}" : $"natural|{entity.PersonalCodeHmac}";

    private string KeyOf(ClientKind kind, string identity) =>
        kind == ClientKind.Legal ? $"legal|{identity}" : $"natural|{personalCodes.Of(identity)}";

    private static Outcome<ValidClient> Validate(ClientRecord record)
    {
        var errors = FeedValidation.Start(record, belongsToClient: false);
        var kind = Vocabulary<ClientKind>.Parse(record.Kind);
        if (kind is null)
        {
            errors.Add("kind", "natural or legal.");
        }

        if (string.IsNullOrWhiteSpace(record.Name) || record.Name.Length > 200 || record.Name.Any(char.IsControl))
        {
            errors.Add("name", "Required, at most 200 characters, no control characters.");
        }

        var personalCode = PersonalCode.Normalize(record.PersonalCode);
        if (kind == ClientKind.Natural && personalCode is null)
        {
            errors.Add("personalCode", "A valid Latvian personal code is required for a natural person.");
        }

        if (kind == ClientKind.Legal && (record.RegistrationNumber?.Trim() is not { Length: 11 } number || !number.All(char.IsAsciiDigit)))
        {
            errors.Add("registrationNumber", "A legal person's registration number has 11 digits.");
        }

        var arrangement = errors.BillingArrangement(record.BillingArrangement);

        var services = (record.Services ?? []).Select(Vocabulary<ServiceKind>.Parse).ToList();
        if (services.Any(service => service is null))
        {
            errors.Add("services", $"Each one of: {string.Join(", ", Vocabulary<ServiceKind>.Texts)}.");
        }
        else if (kind == ClientKind.Natural && services.Any(service => !ServiceKinds.ForNatural.Contains(service!.Value)))
        {
            errors.Add("services", $"A natural person may register only: {ServiceKinds.ForNaturalText}.");
        }

        if (record.Email is { Length: > 0 } email && !FeedValidation.IsEmail(email))
        {
            errors.Add("email", "Not a valid email address.");
        }

        if (record.Phone is { Length: > 0 } phone && !RegistrationRules.IsPhone(phone.Trim()))
        {
            errors.Add("phone", "Digits, spaces, and an optional leading +.");
        }

        if ((record.Address?.Length ?? 0) > 300)
        {
            errors.Add("address", "At most 300 characters.");
        }

        if (!errors.IsEmpty)
        {
            return new Failure.Invalid(errors);
        }

        var identity = kind == ClientKind.Natural ? personalCode! : record.RegistrationNumber!.Trim();
        return new ValidClient(kind!.Value, identity, record.Name!.Trim(), arrangement!.Value, [.. Vocabulary<ServiceKind>.All.Where(service => services.Contains(service))]);
    }

    /// <summary>The record as its content hash sees it (null when it does not validate): the back office's meaning, so a change of spelling only (spaces, the order of services) is no change.</summary>
    internal static ClientRecord? Normalized(ClientRecord record) =>
        Validate(record) is { Failure: null } validated ? Normalized(record, validated.Value) : null;

    private static ClientRecord Normalized(ClientRecord record, ValidClient valid) => record with
    {
        Name = valid.Name,
        PersonalCode = valid.Kind == ClientKind.Natural ? valid.Identity : null,
        RegistrationNumber = valid.Kind == ClientKind.Legal ? valid.Identity : null,
        Services = [.. valid.Services.Select(service => service.Text())],
    };

    /// <summary>A fed client that passed every check: its kind, its normalized identity (personal code or registration number), its values typed.</summary>
    private sealed record ValidClient(ClientKind Kind, string Identity, string Name, BillingArrangement Arrangement, IReadOnlyList<ServiceKind> Services);
}
