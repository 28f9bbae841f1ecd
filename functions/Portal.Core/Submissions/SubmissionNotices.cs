using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Portal.Core.Accounts;
using Portal.Core.Clients;
using Portal.Core.Notifications;
using Portal.Core.Storage;

namespace Portal.Core.Submissions;

/// <summary>
/// The email of a status change, written into the outbox with the change. It goes to the submitter while they still act for the client
/// with the submit scope: they sent it and follow it. When they no longer do (removed, scope taken away, account gone), it goes to each
/// active member who has the scope instead, so the news reaches someone who may answer or withdraw.
/// </summary>
public sealed class SubmissionNotices(AccountStore accounts, ClientStore clients, FormCatalog forms, Outbox outbox, IOptions<PortalOptions> portal)
{
    /// <summary>One transaction holds 100 actions: the submission's row, its history entry and at most this many emails.</summary>
    public const int MaxRecipients = 98;

    private static readonly Dictionary<string, IReadOnlyDictionary<SubmissionStatus, string>> _statusNames = new()
    {
        ["lv"] = new Dictionary<SubmissionStatus, string>
        {
            [SubmissionStatus.Draft] = "melnraksts",
            [SubmissionStatus.Sending] = "tiek nosūtīts",
            [SubmissionStatus.Submitted] = "nosūtīts",
            [SubmissionStatus.Received] = "saņemts",
            [SubmissionStatus.InReview] = "tiek izskatīts",
            [SubmissionStatus.InformationRequested] = "pieprasīta papildu informācija",
            [SubmissionStatus.Approved] = "apstiprināts",
            [SubmissionStatus.Rejected] = "noraidīts",
            [SubmissionStatus.Withdrawn] = "atsaukts",
            [SubmissionStatus.WithdrawalRequested] = "lūgts atsaukt",
        },
        ["en"] = new Dictionary<SubmissionStatus, string>
        {
            [SubmissionStatus.Draft] = "draft",
            [SubmissionStatus.Sending] = "being sent",
            [SubmissionStatus.Submitted] = "sent",
            [SubmissionStatus.Received] = "received",
            [SubmissionStatus.InReview] = "in review",
            [SubmissionStatus.InformationRequested] = "information requested",
            [SubmissionStatus.Approved] = "approved",
            [SubmissionStatus.Rejected] = "rejected",
            [SubmissionStatus.Withdrawn] = "withdrawn",
            [SubmissionStatus.WithdrawalRequested] = "withdrawal requested",
        },
    };

    /// <summary>A status's name in an email, in Latvian or English.</summary>
    public static string NameOf(SubmissionStatus status, string language) => _statusNames[language == "en" ? "en" : "lv"][status];

    /// <summary>The emails telling of <paramref name="status"/> (with ES's message, if any), as outbox actions of the Submissions table.</summary>
    internal async Task<IReadOnlyList<TableTransactionAction>> StatusChangedAsync(SubmissionEntity row, SubmissionStatus status, string? message, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var emails = new List<TableTransactionAction>();
        foreach (var user in await RecipientsAsync(row, cancellationToken))
        {
            var email = new EmailMessage(user.Email, user.Language, EmailTemplates.SubmissionStatusChanged, new Dictionary<string, string>
            {
                ["form"] = forms.Find(row.Kind, row.FormVersion)?.TitleIn(user.Language) ?? row.Kind,
                ["receiptNumber"] = row.ReceiptNumber ?? "",
                ["status"] = NameOf(status, user.Language),
                ["time"] = EmailTemplates.RigaTime(at),
                ["submissionLink"] = portal.Value.LinkTo($"/submission?id={Uri.EscapeDataString(row.RowKey)}"),
            })
            {
                // ES's words as they wrote them, a line each; a change without a message leaves its paragraph out.
                Lists = new Dictionary<string, IReadOnlyList<string>>
                {
                    ["message"] = message?.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Trim().Length > 0).ToList() ?? [],
                },
            };
            emails.Add(await outbox.PrepareAsync(StorageNames.SubmissionsTable, row.PartitionKey, email, cancellationToken));
        }

        return emails;
    }

    private async Task<IReadOnlyList<UserAccount>> RecipientsAsync(SubmissionEntity row, CancellationToken cancellationToken)
    {
        var able = (await clients.MembersAsync(row.PartitionKey, cancellationToken)).Where(m => m.Scopes.Contains(Scope.Submit)).Select(m => m.UserId).ToList();
        var found = new List<UserAccount>();
        if (able.Contains(row.SubmitUser ?? "") && await accounts.GetAsync(row.SubmitUser!, cancellationToken) is { Status: AccountStatus.Active } submitter)
        {
            return [submitter];
        }

        foreach (var userId in able)
        {
            if (await accounts.GetAsync(userId, cancellationToken) is { Status: AccountStatus.Active } member)
            {
                found.Add(member);
            }

            if (found.Count == MaxRecipients)
            {
                break;
            }
        }

        return found;
    }
}
