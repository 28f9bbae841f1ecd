using Azure;
using Azure.Data.Tables;

namespace Portal.Core.Storage;

public static class TableClientExtensions
{
    /// <summary>Deletes a row whatever its version; a row already gone is what was wanted.</summary>
    public static async Task DeleteIfPresentAsync(this TableClient table, string partition, string row, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(partition, row, ETag.All, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            // Already gone.
        }
    }
}
