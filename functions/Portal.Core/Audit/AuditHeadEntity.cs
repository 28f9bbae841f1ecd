using Portal.Core.Storage;

namespace Portal.Core.Audit;

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
