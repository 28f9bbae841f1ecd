using Azure.Data.Tables;
using Portal.Core.Storage;

namespace Portal.Core.BackOffice;

/// <summary>
/// Plans one record's writes into the actions against the row held for it and the aggregate (changed
/// in memory). It answers false when it can only decide once everything planned before it is
/// committed; the writer then commits and plans it again with nothing else pending.
/// </summary>
internal delegate ValueTask<bool> PlanRecord<TRecord, TEntity, TAggregate>(
    FeedItem<TRecord> item, TEntity? held, TAggregate? aggregate, bool nothingPending, List<TableTransactionAction> actions)
    where TRecord : IValidFeedRecord
    where TEntity : VersionedEntity
    where TAggregate : PortalEntity;
