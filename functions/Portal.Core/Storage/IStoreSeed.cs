namespace Portal.Core.Storage;

/// <summary>Reference data every store must hold (the terms history, later holiday tables); each seed is idempotent.</summary>
public interface IStoreSeed
{
    Task SeedAsync(StoreSeedContext store, CancellationToken cancellationToken);
}
