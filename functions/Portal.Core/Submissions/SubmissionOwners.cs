using Azure.Data.Tables;

namespace Portal.Core.Submissions;

/// <summary>
/// Which client a sent submission is of, for the back office, which names a submission by its id alone: the row
/// <c>submission|{submissionId}</c> / <c>client</c> of the Submissions table, written when the user confirms it (before the
/// submission turns <c>sending</c>: index first).
/// </summary>
internal static class SubmissionOwners
{
    private const string Row = "client";

    public static TableEntity Entry(string clientId, string submissionId) => new(Partition(submissionId), Row) { ["ClientId"] = clientId };

    public static async Task<string?> ClientOfAsync(TableClient table, string submissionId, CancellationToken cancellationToken)
    {
        if (!Storage.PortalIds.IsValid(submissionId))
        {
            return null;
        }

        var found = await table.GetEntityIfExistsAsync<TableEntity>(Partition(submissionId), Row, select: ["ClientId"], cancellationToken: cancellationToken);
        return found.HasValue ? found.Value!.GetString("ClientId") : null;
    }

    private static string Partition(string submissionId) => $"submission|{submissionId}";
}
