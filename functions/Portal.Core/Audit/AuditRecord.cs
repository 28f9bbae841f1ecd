using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Portal.Core.Storage;

namespace Portal.Core.Audit;

/// <summary>Where a request came from, recorded with what it did (§23.1).</summary>
public sealed record AuditOrigin(string IpAddress, string UserAgent, string CorrelationId);

/// <summary>One thing that happened (§23.3): when, who, for which client, what, to what, with which result, from where.</summary>
public sealed record AuditRecord(
    long Sequence,
    DateTimeOffset At,
    string Actor,
    string? ClientId,
    string Action,
    string Target,
    string Result,
    string IpAddress,
    string UserAgent,
    string CorrelationId,
    string PreviousHash,
    string Hash)
{
    /// <summary>The hash that links a record to the one before it: any change to either shows.</summary>
    public static string HashOf(
        long sequence, DateTimeOffset at, string actor, string? clientId, string action, string target, string result,
        string ipAddress, string userAgent, string correlationId, string previousHash)
    {
        var canonical = string.Join('\u001f',
            sequence.ToString(CultureInfo.InvariantCulture), at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), actor, clientId ?? "",
            action, target, result, ipAddress, userAgent, correlationId, previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    public bool HashHolds() =>
        Hash == HashOf(Sequence, At, Actor, ClientId, Action, Target, Result, IpAddress, UserAgent, CorrelationId, PreviousHash);
}

/// <summary>A record in its chain's partition; the row key counts down so the newest comes first.</summary>
internal sealed class AuditEntity : PortalEntity
{

    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    public string Actor { get; set; } = "";

    public string? ClientId { get; set; }

    public string Action { get; set; } = "";

    public string Target { get; set; } = "";

    public string Result { get; set; } = "";

    public string IpAddress { get; set; } = "";

    public string UserAgent { get; set; } = "";

    public string CorrelationId { get; set; } = "";

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";

    public static string RowKeyFor(long sequence) => (long.MaxValue - sequence).ToString("D19", CultureInfo.InvariantCulture);

    public AuditRecord ToRecord() => new(Sequence, At, Actor, ClientId, Action, Target, Result, IpAddress, UserAgent, CorrelationId, PreviousHash, Hash);
}

/// <summary>The end of a chain: the last sequence and hash. Appends change it conditionally, so a chain never forks.</summary>
internal sealed class AuditHeadEntity : PortalEntity
{
    public const string Row = "head";

    public AuditHeadEntity()
    {
        RowKey = Row;
    }

    public long Sequence { get; set; }

    public string Hash { get; set; } = "";
}
