using System.Globalization;
using Portal.Core.Storage;

namespace Portal.Core.Audit;

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
