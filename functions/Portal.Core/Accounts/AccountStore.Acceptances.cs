using Portal.Core.Storage;

namespace Portal.Core.Accounts;

public sealed partial class AccountStore
{
    /// <summary>Every acceptance of the terms the user gave, oldest version first: the "terms|" rows of their partition.</summary>
    public async Task<IReadOnlyList<TermsAcceptance>> TermsAcceptancesAsync(string userId, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.AccountsTable, cancellationToken);
        var partition = UserEntity.PartitionFor(userId);
        var found = new List<TermsAcceptance>();
        await foreach (var row in table.QueryAsync<TermsAcceptanceEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo("terms|") >= 0 && e.RowKey.CompareTo("terms}") < 0, cancellationToken: cancellationToken))
        {
            found.Add(new TermsAcceptance(row.Version, row.TextSha256, row.AcceptedAt, row.IpAddress, row.UserAgent));
        }

        return found;
    }
}
