using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Portal.Core.Privacy;
using Portal.Core.Staff;
using Portal.Core.Storage;

namespace Portal.Core.Accounts;

public sealed class SessionStore(PortalStorage storage, RetentionIndex retention, TimeProvider time, IOptions<AccountOptions> options)
{
    /// <summary>Writes to storage only when the last touch is older than this, so a busy page costs few writes.</summary>
    private static readonly TimeSpan _touchGranularity = TimeSpan.FromMinutes(1);

    public static string HashOf(string token) => RandomTokens.Hash(token);

    /// <summary>The user id under which a staff member's browser sessions are kept, apart from portal users.</summary>
    public static string StaffUserId(StaffMember staff) => $"staff-{staff.Id}";

    public async Task<IssuedSession> StartAsync(
        string userId, string ipAddress, string userAgent, CancellationToken cancellationToken, StaffMember? staff = null, string signedInWith = "")
    {
        var table = await storage.TableAsync(StorageNames.SessionsTable, cancellationToken);
        var token = RandomTokens.New();
        var hash = HashOf(token);
        var now = time.GetUtcNow();
        var session = new PortalSession(Guid.NewGuid().ToString("N"), userId, now, now, ipAddress, userAgent[..Math.Min(userAgent.Length, 512)], staff) { SignedInWith = signedInWith };
        var userPartition = UserSessionEntity.PartitionFor(userId);
        // Indexed first, from the latest moment the session can end: a crash later leaves index rows that find nothing, never session rows no timer deletes.
        await retention.AddAsync(
            RetentionKind.Sessions, now + session.AbsoluteTimeout(options.Value), cancellationToken,
            new RetentionTarget(StorageNames.SessionsTable, SessionEntity.PartitionFor(hash), SessionEntity.Row),
            new RetentionTarget(StorageNames.SessionsTable, userPartition, session.Id));
        // Side by side: the token reaches the browser only once both are written, so no one holds a session that "end all sessions" cannot find.
        await Task.WhenAll(table.AddEntityAsync(new UserSessionEntity
        {
            PartitionKey = userPartition,
            RowKey = session.Id,
            TokenHash = hash,
            CreatedAt = now,
            IpAddress = session.IpAddress,
            UserAgent = session.UserAgent,
        }, cancellationToken), table.AddEntityAsync(new SessionEntity
        {
            PartitionKey = SessionEntity.PartitionFor(hash),
            SessionId = session.Id,
            UserId = userId,
            CreatedAt = now,
            LastSeenAt = now,
            IpAddress = session.IpAddress,
            UserAgent = session.UserAgent,
            StaffId = staff?.Id,
            StaffName = staff?.Name,
            StaffEmail = staff?.Email,
            StaffRoles = staff is null ? null : string.Join(',', staff.Roles),
            SignedInWith = signedInWith,
        }, cancellationToken));
        return new IssuedSession(session, token);
    }

    /// <summary>The live session of a cookie token; null when unknown, ended or expired.</summary>
    public async Task<PortalSession?> FindAsync(string token, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.SessionsTable, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<SessionEntity>(SessionEntity.PartitionFor(HashOf(token)), SessionEntity.Row, cancellationToken: cancellationToken);
        var session = row.HasValue && row.Value is { } entity ? entity.ToSession() : null;
        return session is not null && !session.IsExpired(time.GetUtcNow(), options.Value) ? session : null;
    }

    /// <summary>Marks the session as used now (idle timeout); background calls do not come here.</summary>
    public async Task<PortalSession> TouchAsync(string token, PortalSession session, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now - session.LastSeenAt < _touchGranularity)
        {
            return session;
        }

        var table = await storage.TableAsync(StorageNames.SessionsTable, cancellationToken);
        var touched = new TableEntity(SessionEntity.PartitionFor(HashOf(token)), SessionEntity.Row) { [nameof(SessionEntity.LastSeenAt)] = now };
        await table.UpdateEntityAsync(touched, ETag.All, TableUpdateMode.Merge, cancellationToken);
        return session with { LastSeenAt = now };
    }

    /// <summary>Ends the session of a cookie token, live or expired; returns it, or null when there was none.</summary>
    public async Task<PortalSession?> EndAsync(string token, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.SessionsTable, cancellationToken);
        var hash = HashOf(token);
        var row = await table.GetEntityIfExistsAsync<SessionEntity>(SessionEntity.PartitionFor(hash), SessionEntity.Row, cancellationToken: cancellationToken);
        await table.DeleteIfPresentAsync(SessionEntity.PartitionFor(hash), SessionEntity.Row, cancellationToken);
        if (row.HasValue && row.Value is { } entity)
        {
            await table.DeleteIfPresentAsync(UserSessionEntity.PartitionFor(entity.UserId), entity.SessionId, cancellationToken);
            return entity.ToSession();
        }

        return null;
    }

    /// <summary>The user's live sessions, newest first; ended or expired ones are tidied away on the way.</summary>
    public async Task<IReadOnlyList<PortalSession>> ListAsync(string userId, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.SessionsTable, cancellationToken);
        var partition = UserSessionEntity.PartitionFor(userId);
        var live = new List<PortalSession>();
        await foreach (var entry in table.QueryAsync<UserSessionEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            var row = await table.GetEntityIfExistsAsync<SessionEntity>(SessionEntity.PartitionFor(entry.TokenHash), SessionEntity.Row, cancellationToken: cancellationToken);
            if (row.HasValue && row.Value is { } session && !session.ToSession().IsExpired(time.GetUtcNow(), options.Value))
            {
                live.Add(session.ToSession());
            }
            else
            {
                await table.DeleteIfPresentAsync(SessionEntity.PartitionFor(entry.TokenHash), SessionEntity.Row, cancellationToken);
                await table.DeleteIfPresentAsync(partition, entry.RowKey, cancellationToken);
            }
        }

        return [.. live.OrderByDescending(s => s.CreatedAt)];
    }

    /// <summary>Ends one of the user's sessions by its id; false if the user has no such session.</summary>
    public async Task<bool> EndByIdAsync(string userId, string sessionId, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.SessionsTable, cancellationToken);
        var partition = UserSessionEntity.PartitionFor(userId);
        var entry = await table.GetEntityIfExistsAsync<UserSessionEntity>(partition, sessionId, cancellationToken: cancellationToken);
        if (!entry.HasValue || entry.Value is not { } found)
        {
            return false;
        }

        await table.DeleteIfPresentAsync(SessionEntity.PartitionFor(found.TokenHash), SessionEntity.Row, cancellationToken);
        await table.DeleteIfPresentAsync(partition, sessionId, cancellationToken);
        return true;
    }

    /// <summary>Ends every session of the user, but the one kept (the browser that changed the password).</summary>
    public async Task EndAllAsync(string userId, string? keepSessionId, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.SessionsTable, cancellationToken);
        var partition = UserSessionEntity.PartitionFor(userId);
        await foreach (var entry in table.QueryAsync<UserSessionEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            if (entry.RowKey == keepSessionId)
            {
                continue;
            }

            await table.DeleteIfPresentAsync(SessionEntity.PartitionFor(entry.TokenHash), SessionEntity.Row, cancellationToken);
            await table.DeleteIfPresentAsync(partition, entry.RowKey, cancellationToken);
        }
    }
}
