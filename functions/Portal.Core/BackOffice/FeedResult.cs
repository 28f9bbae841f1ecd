using Portal.Core.Outcomes;
namespace Portal.Core.BackOffice;

/// <summary>The answer for one record, in the order the batch gave them.</summary>
public sealed record FeedResult(string ExternalId, string Status, IReadOnlyDictionary<string, string[]> Errors)
{
    public static FeedResult Rejected(string externalId, string field, string message) =>
        new(externalId, FeedStatus.Rejected, new FieldErrors().Add(field, message));

    /// <summary>A record refused by its validation: its field errors (a record's checks fail only with field errors).</summary>
    public static FeedResult Rejected(string externalId, Failure failure) =>
        failure is Failure.Invalid invalid
            ? new(externalId, FeedStatus.Rejected, invalid.Errors)
            : throw new InvalidOperationException($"A fed record's validation ends in field errors, not {failure}.");

    /// <summary>A second record with an external id already in the batch: only the first is applied.</summary>
    public static FeedResult RepeatedInBatch(string externalId) => Rejected(externalId, "externalId", "The same external id is earlier in this batch.");
}
