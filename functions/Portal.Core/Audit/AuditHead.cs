namespace Portal.Core.Audit;

/// <summary>A chain's end as read ahead of an append (<see cref="AuditTrail.ReadHeadAsync"/>); empty for a chain with no record yet.</summary>
public sealed class AuditHead
{
    internal AuditHead(string chain, AuditHeadEntity? entity)
    {
        Chain = chain;
        Entity = entity;
    }

    public string Chain { get; }

    internal AuditHeadEntity? Entity { get; }
}
