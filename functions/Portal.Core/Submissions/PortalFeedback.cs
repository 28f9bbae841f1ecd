using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Portal.Core.Accounts;
using Portal.Core.BackOffice;
using Portal.Core.Notifications;
using Portal.Core.Outcomes;
using Portal.Core.Storage;

namespace Portal.Core.Submissions;

/// <summary>
/// Notes to ES about the portal itself (§16.3: a user tells of a defect they found): from any signed-in user, a few a day, kept in the
/// Submissions table's <c>feedback</c> partition (the newest first) and sent to the back office as a <c>portal.feedback</c> event in the
/// same transaction; staff list them.
/// </summary>
public sealed class PortalFeedback(PortalStorage storage, Throttle throttle, Outbox outbox, IOptions<ThrottlingOptions> limits, TimeProvider time)
{
    public const int MaxLength = 4000;

    internal const string Partition = "feedback";

    public async Task<Outcome<FeedbackNote>> SendAsync(UserAccount user, string message, string? page, string userAgent, CancellationToken cancellationToken)
    {
        if (!await throttle.TryHitAsync($"feedback-user|{user.Id}", limits.Value.FeedbackPerUserPerDay, TimeSpan.FromDays(1), cancellationToken))
        {
            return new Failure.Throttled { RetryAfter = TimeSpan.FromDays(1) };
        }

        var now = time.GetUtcNow();
        var note = new FeedbackNote(PortalIds.NewestFirst(now), user.Id, Editor.Of(user).Name, user.Email, message, page, userAgent, now);
        var row = new TableEntity(Partition, note.Id)
        {
            ["UserId"] = note.UserId, ["Name"] = note.Name, ["Email"] = note.Email, ["Message"] = note.Message, ["Page"] = note.Page, ["UserAgent"] = note.UserAgent, ["SentAt"] = note.SentAt,
        };
        var sent = new BackOfficeEvent(BackOfficeEventTypes.PortalFeedback, now, new Dictionary<string, string?>
        {
            ["feedbackId"] = note.Id, ["userId"] = note.UserId, ["email"] = note.Email, ["message"] = note.Message, ["page"] = note.Page, ["userAgent"] = note.UserAgent,
        });
        var table = await storage.TableAsync(StorageNames.SubmissionsTable, cancellationToken);
        await table.SubmitTransactionAsync(
            [new(TableTransactionActionType.Add, row), await outbox.PrepareEventAsync(StorageNames.SubmissionsTable, Partition, sent, cancellationToken)],
            cancellationToken);
        return note;
    }

    /// <summary>The newest notes, at most <paramref name="count"/>.</summary>
    public async Task<IReadOnlyList<FeedbackNote>> LatestAsync(int count, CancellationToken cancellationToken)
    {
        var table = await storage.TableAsync(StorageNames.SubmissionsTable, cancellationToken);
        var notes = new List<FeedbackNote>();
        // Note ids begin with a digit; the partition's outbox rows with a letter.
        await foreach (var row in table.QueryAsync<TableEntity>(r => r.PartitionKey == Partition && r.RowKey.CompareTo(":") < 0, maxPerPage: count, cancellationToken: cancellationToken))
        {
            notes.Add(new(row.RowKey, row.GetString("UserId"), row.GetString("Name"), row.GetString("Email"), row.GetString("Message"), row.GetString("Page"), row.GetString("UserAgent"), row.GetDateTimeOffset("SentAt") ?? default));
            if (notes.Count == count)
            {
                break;
            }
        }

        return notes;
    }
}

/// <summary>A user's note to ES about the portal.</summary>
public sealed record FeedbackNote(string Id, string UserId, string Name, string Email, string Message, string? Page, string UserAgent, DateTimeOffset SentAt);
