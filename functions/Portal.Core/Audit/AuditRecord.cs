using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Core.Audit;

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
