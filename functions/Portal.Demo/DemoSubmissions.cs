using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Accounts;
using Portal.Core.Audit;
using Portal.Core.Clients;
using Portal.Core.Permits;
using Portal.Core.Submissions;

namespace Portal.Demo;

/// <summary>
/// The company's sent submissions, one in each status a sent submission can be in, made through the code paths the portal and the back
/// office use: a free-form request drafted and sent by the demo user with the demo password (<see cref="SubmissionSender"/>), the statuses
/// fed as the back office feeds them (<see cref="SubmissionStatusFeed"/>, versions 1, 2, ... dated seconds after the sending), the
/// withdrawal asked for as the user asks (<see cref="SubmissionWithdrawal"/>), and the approval's document put as the back office puts it
/// (<see cref="SubmissionDocuments"/>). Each is known again by its subject, so a second start sends nothing: a draft left by a start cut short
/// is sent, and the steps of one already sent are fed again, which the feed answers as replays.
/// </summary>
internal sealed class DemoSubmissions(
    Submissions submissions,
    SubmissionHistory history,
    SubmissionSender sender,
    SubmissionStatusFeed statuses,
    SubmissionWithdrawal withdrawals,
    SubmissionDocuments documents,
    FormCatalog forms,
    IOptions<DemoDataOptions> options,
    ILogger<DemoSubmissions> logger)
{
    private const string Kind = "free-form";
    private const string BackOffice = "staff:demo-back-office";
    private const string Withdraw = "withdraw";
    private static readonly AuditOrigin _origin = new("127.0.0.1", "Portal.Demo", "demo-data");

    /// <summary>One demo submission: its subject and text, and the steps after sending (a fed status with ES's message, or the user's withdrawal).</summary>
    private sealed record Case(string Key, string Subject, string Message, (string Step, string? Message)[] Steps);

    private static readonly Case[] _cases =
    [
        new("submitted", "Frekvenču plāna kopija", "Lūdzu, atsūtiet mūsu radiotīkla frekvenču plāna kopiju.", []),
        new("received", "Rēķinu adreses maiņa", "Lūdzu, turpmāk rēķinus sūtīt uz rekini@demo.radioatlaujas.lv.", [("received", null)]),
        new("in-review", "Papildu mobilās stacijas", "Vēlamies tīklā pievienot vēl 12 mobilās stacijas Motorola DM4600.",
            [("received", null), ("in-review", null)]),
        new("information-requested", "Retranslatora antenas maiņa", "Baložu retranslatoram plānojam nomainīt antenu.",
            [("received", null), ("in-review", null), ("information-requested", "Lūdzu, pievienojiet jaunās antenas datu lapu un norādiet tās augstumu virs zemes.")]),
        new("approved", "Atļaujas AT-2023-00412 kopija", "Lūdzu, izsniedziet atļaujas AT-2023-00412 e-atļauju.",
            [("received", null), ("in-review", null), ("approved", "E-atļauja izsniegta; tā pievienota dokumentos.")]),
        new("rejected", "Pagaidu atļauja pasākumam", "Lūdzu pagaidu atļauju radiosakariem pasākumā Mežaparkā.",
            [("received", null), ("in-review", null), ("rejected", "Pieprasītajā joslā pasākuma laikā brīvu frekvenču nav.")]),
        new("withdrawal-requested", "Liepājas filiāles kontaktpersona", "Lūdzu, mainiet Liepājas filiāles kontaktpersonu.", [("received", null), (Withdraw, null)]),
        new("withdrawn", "Atļaujas anulēšana", "Lūdzu, anulējiet vecās retranslatora atļaujas.", [("received", null), (Withdraw, null), ("withdrawn", null)]),
    ];

    /// <summary>The statuses the demo leaves its submissions in, one each.</summary>
    public static IReadOnlyList<string> Statuses => [.. _cases.Select(c => c.Key)];

    public async Task EnsureAsync(Client company, UserAccount user, PermitRecord approved, CancellationToken cancellationToken)
    {
        var held = await HeldAsync(company.Id, cancellationToken);
        foreach (var demo in _cases)
        {
            if (!held.TryGetValue(demo.Subject, out var id))
            {
                using var content = JsonDocument.Parse(JsonSerializer.Serialize(new Dictionary<string, string> { ["subject"] = demo.Subject, ["message"] = demo.Message }));
                id = (await submissions.CreateAsync(company.Id, Editor.Of(user), forms.NewestOf(Kind)!, content.RootElement.Clone(), cancellationToken)).Id;
            }

            if (await SendAsync(company.Id, id, demo, user, cancellationToken) is not { } sentAt)
            {
                return;
            }

            var version = 0;
            foreach (var (step, message) in demo.Steps)
            {
                if (step == Withdraw)
                {
                    await withdrawals.WithdrawAsync(company.Id, id, user, _origin, cancellationToken);
                    continue;
                }

                version++;
                var record = new SubmissionStatusRecord(id, null, version, step, message, sentAt.AddSeconds(10 * version).ToString("O", CultureInfo.InvariantCulture));
                DemoLog.Refused(logger, await statuses.ApplyAsync([record], BackOffice, _origin, cancellationToken));
            }

            if (demo.Key == "approved")
            {
                // The decision's document, as the back office puts it: a sample e-permit (the same file again changes nothing).
                await documents.StoreAsync(id, "e-permit", $"E-atlauja {approved.Number}.pdf", await DemoEPermit.PdfAsync(approved, company.Name, cancellationToken),
                    BackOffice, _origin, cancellationToken);
            }
        }
    }

    /// <summary>The company's demo submissions (drafts too: one a start cut short before sending), by subject.</summary>
    private async Task<Dictionary<string, string>> HeldAsync(string clientId, CancellationToken cancellationToken)
    {
        var subjects = _cases.Select(c => c.Subject).ToHashSet(StringComparer.Ordinal);
        var held = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var summary in (await submissions.ListAsync(clientId, cancellationToken)).Where(s => s.Kind == Kind))
        {
            if (await submissions.FindAsync(clientId, summary.Id, cancellationToken) is { } submission
                && submission.Content.TryGetProperty("subject", out var subject) && subject.GetString() is { } text && subjects.Contains(text))
            {
                held.TryAdd(text, summary.Id);
            }
        }

        return held;
    }

    /// <summary>Sends the draft (a sent one answers its receipt again); when it was sent, or null when the sender refused (a changed password).</summary>
    private async Task<DateTimeOffset?> SendAsync(string clientId, string id, Case demo, UserAccount user, CancellationToken cancellationToken)
    {
        var sent = await sender.SubmitAsync(new SubmitOrder(clientId, id, user, $"demo-{demo.Key}", "demo", null, options.Value.Password ?? "", _origin), cancellationToken);
        if (sent.Failure is { } failure)
        {
            // A sent one another user sent (or with another key) answers 409: it is sent all the same.
            if ((await history.FindAsync(clientId, id, cancellationToken))?.History is [{ At: var at }, ..])
            {
                return at;
            }

            DemoLog.NotSent(logger, demo.Key, failure.GetType().Name);
            return null;
        }

        return sent.Value.SubmittedAt;
    }
}
