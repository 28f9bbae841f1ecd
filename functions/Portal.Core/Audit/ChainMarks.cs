using Azure.Data.Tables;

namespace Portal.Core.Audit;

/// <summary>
/// Rows in a chain's partition that name one of its records by sequence and hash: the verifier's checkpoint ("verified", found whole up to
/// here) and retention's floor ("floor", deleted up to here). Their row keys are letters, so they sort after every record.
/// </summary>
internal static class ChainMarks
{
    public static async Task<(long Sequence, string Hash)?> ReadAsync(TableClient table, string chain, string row, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(chain, row, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } mark && mark.GetInt64("Sequence") is { } sequence ? (sequence, mark.GetString("Hash") ?? "") : null;
    }

    public static Task WriteAsync(TableClient table, string chain, string row, (long Sequence, string Hash) mark, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(new TableEntity(chain, row) { ["Sequence"] = mark.Sequence, ["Hash"] = mark.Hash }, TableUpdateMode.Replace, cancellationToken);
}
