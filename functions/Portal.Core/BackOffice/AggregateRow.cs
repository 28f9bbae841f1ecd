using Portal.Core.Storage;

namespace Portal.Core.BackOffice;

/// <summary>A row every write of the partition keeps exact (the balance): created when missing, packed before it is written.</summary>
internal sealed record AggregateRow<T>(string RowKey, Func<T> Create, Action<T> Pack)
    where T : PortalEntity;
