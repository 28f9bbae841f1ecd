using System.Net;
using System.Text;

namespace Portal.Core.Notifications;

/// <summary>
/// Every email the portal sends, in Latvian and English (the user's language). Values are filled in
/// by name; a template that names a value the message lacks fails loudly rather than sending a gap.
/// No value comes from an applicant no one has checked yet (names, company names, free text): mail to an
/// unverified address must not carry words a stranger chose. Each email goes as plain text and as HTML
/// made from the same template: every value encoded, a value named "...Link" a link, a list value
/// (<see cref="EmailMessage.Lists"/>) a list; a paragraph whose list is empty is left out.
/// </summary>
public static class EmailTemplates
{
    public const string SignInLocked = "sign-in-locked";
    public const string PasswordReset = "password-reset";
    public const string PasswordChanged = "password-changed";
    public const string RegistrationReceived = "registration-received";
    public const string PasswordExpiring = "password-expiring";
    public const string RegistrationApproved = "registration-approved";
    public const string RegistrationRejected = "registration-rejected";
    public const string ActivationLink = "activation-link";
    public const string AccessBlocked = "access-blocked";
    public const string AccessRestored = "access-restored";
    public const string AccessTerminated = "access-terminated";
    public const string PasswordChangeDemanded = "password-change-demanded";
    public const string EmailChangeConfirm = "email-change-confirm";
    public const string EmailChanged = "email-changed";
    public const string Invitation = "invitation";
    public const string ReminderDigest = "reminder-digest";
    public const string SubmissionReceived = "submission-received";
    public const string LoginLinked = "login-linked";
    public const string LoginUnlinked = "login-unlinked";
    public const string ExternalEmailCode = "external-email-code";
    public const string ExternalEmailTaken = "external-email-taken";

    /// <summary>A payment order was paid: the confirmation to the user who made it.</summary>
    public const string PaymentReceived = "payment-received";

    /// <summary>The back office moved a sent submission on (a status, with ES's message when there is one).</summary>
    public const string SubmissionStatusChanged = "submission-status-changed";

    private const string SignatureLv = "VAS “Elektroniskie sakari” klientu portāls\n" + EsContact.Lv;
    private const string SignatureEn = "VAS “Elektroniskie sakari” client portal\n" + EsContact.En;

    private static readonly Dictionary<(string Template, string Language), (string Subject, string Body)> _texts = new()
    {
        [(SignInLocked, "lv")] = (
            "Pieslēgšanās portālam uz laiku bloķēta",
            "Pēc {failures} nesekmīgiem pieslēgšanās mēģinājumiem jūsu kontam pieslēgšanās ir bloķēta līdz {lockedUntil} (Rīgas laiks). Pēdējais mēģinājums bija {time} no IP adreses {ip}.\n\nJa tas bijāt jūs, pagaidiet vai atjaunojiet paroli: {resetLink}\nJa tas nebijāt jūs, atjaunojiet paroli un informējiet VAS “Elektroniskie sakari” (noteikumu 15.5. punkts)."),
        [(SignInLocked, "en")] = (
            "Sign-in to the portal paused",
            "After {failures} failed sign-in attempts, sign-in to your account is paused until {lockedUntil} (Riga time). The last attempt was at {time} from IP address {ip}.\n\nIf it was you, wait or reset your password: {resetLink}\nIf it was not you, reset your password and tell VAS “Elektroniskie sakari” (clause 15.5 of the terms)."),
        [(PasswordReset, "lv")] = (
            "Paroles atjaunošana",
            "Lai iestatītu jaunu paroli klientu portālam, atveriet šo saiti {validMinutes} minūšu laikā: {resetLink}\n\nSaiti var izmantot vienu reizi. Ja paroles atjaunošanu nepieprasījāt, šo vēstuli varat neņemt vērā."),
        [(PasswordReset, "en")] = (
            "Resetting your password",
            "To set a new password for the client portal, open this link within {validMinutes} minutes: {resetLink}\n\nThe link works once. If you did not ask for a new password, you can ignore this email."),
        [(PasswordExpiring, "lv")] = (
            "Paroles derīgums drīz beigsies",
            "Jūsu klientu portāla parole jānomaina ik pēc trim mēnešiem (noteikumu 15.3. punkts). Tās derīgums beigsies pēc {days} d., {date}. Pēc tam portāls lūgs to nomainīt, kad pieslēgsieties."),
        [(PasswordExpiring, "en")] = (
            "Your password expires soon",
            "Your client portal password must be changed every three months (clause 15.3 of the terms). It expires in {days} day(s), on {date}. After that the portal will ask you to change it when you sign in."),
        [(RegistrationReceived, "lv")] = (
            "Pieteikums klientu portāla lietošanai saņemts",
            "Labdien!\n\nJūsu pieteikums klientu portāla lietošanai saņemts {time} (Rīgas laiks). VAS “Elektroniskie sakari” pārbaudīs norādītos datus (noteikumu 10. punkts) un pēc tam nosūtīs saiti konta aktivizēšanai vai paskaidrojumu, kāpēc pieteikums noraidīts."),
        [(RegistrationReceived, "en")] = (
            "Your application to use the client portal was received",
            "Hello,\n\nYour application to use the client portal was received at {time} (Riga time). VAS “Elektroniskie sakari” will check the data you gave (clause 10 of the terms) and then send a link to activate your account, or the reason the application was turned down."),
        [(RegistrationApproved, "lv")] = (
            "Pieteikums apstiprināts: aktivizējiet kontu",
            "Labdien, {name}!\n\nVAS “Elektroniskie sakari” ir apstiprinājusi jūsu pieteikumu klientu portāla lietošanai; jūs pārstāvat klientu “{client}”. Lai iestatītu paroli un aktivizētu kontu, atveriet šo saiti {validHours} stundu laikā: {activationLink}\n\nSaiti var izmantot vienu reizi. Ja tās derīgums beidzies, tajā pašā lapā varat pieprasīt jaunu."),
        [(RegistrationApproved, "en")] = (
            "Application approved: activate your account",
            "Hello {name},\n\nVAS “Elektroniskie sakari” has approved your application to use the client portal; you act for the client “{client}”. To set your password and activate your account, open this link within {validHours} hours: {activationLink}\n\nThe link works once. If it has expired, you can ask for a new one on the same page."),
        [(ActivationLink, "lv")] = (
            "Jauna konta aktivizēšanas saite",
            "Lai iestatītu paroli un aktivizētu klientu portāla kontu, atveriet šo saiti {validHours} stundu laikā: {activationLink}\n\nSaiti var izmantot vienu reizi."),
        [(ActivationLink, "en")] = (
            "A new link to activate your account",
            "To set your password and activate your client portal account, open this link within {validHours} hours: {activationLink}\n\nThe link works once."),
        [(RegistrationRejected, "lv")] = (
            "Pieteikums klientu portāla lietošanai noraidīts",
            "Labdien!\n\nVAS “Elektroniskie sakari” noraidīja jūsu pieteikumu klientu portāla lietošanai. Iemesls: {reason}\n\nJūs varat iesniegt jaunu pieteikumu ar precizētiem datiem."),
        [(RegistrationRejected, "en")] = (
            "Your application to use the client portal was turned down",
            "Hello,\n\nVAS “Elektroniskie sakari” turned down your application to use the client portal. The reason: {reason}\n\nYou may send a new application with corrected data."),
        [(AccessBlocked, "lv")] = (
            "Piekļuve klientu portālam bloķēta",
            "VAS “Elektroniskie sakari” {time} (Rīgas laiks) bloķēja jūsu piekļuvi klientu portālam (noteikumu 12.2. punkts). Iemesls: {reason}\n\nLai noskaidrotu vairāk, sazinieties ar VAS “Elektroniskie sakari”."),
        [(AccessBlocked, "en")] = (
            "Access to the client portal blocked",
            "At {time} (Riga time) VAS “Elektroniskie sakari” blocked your access to the client portal (clause 12.2 of the terms). The reason: {reason}\n\nTo find out more, contact VAS “Elektroniskie sakari”."),
        [(AccessRestored, "lv")] = (
            "Piekļuve klientu portālam atjaunota",
            "VAS “Elektroniskie sakari” {time} (Rīgas laiks) atjaunoja jūsu piekļuvi klientu portālam. Jūs varat atkal pieslēgties."),
        [(AccessRestored, "en")] = (
            "Access to the client portal restored",
            "At {time} (Riga time) VAS “Elektroniskie sakari” restored your access to the client portal. You can sign in again."),
        [(AccessTerminated, "lv")] = (
            "Piekļuve klientu portālam izbeigta",
            "VAS “Elektroniskie sakari” {time} (Rīgas laiks) izbeidza jūsu piekļuvi klientu portālam (noteikumu 21. punkts). Iemesls: {reason}"),
        [(AccessTerminated, "en")] = (
            "Access to the client portal ended",
            "At {time} (Riga time) VAS “Elektroniskie sakari” ended your access to the client portal (clause 21 of the terms). The reason: {reason}"),
        [(PasswordChangeDemanded, "lv")] = (
            "Nomainiet paroli klientu portālā",
            "VAS “Elektroniskie sakari” lūdz jūs nomainīt klientu portāla paroli (noteikumu 15.3. punkts). Visas sesijas ir beigtas; nākamajā pieslēgšanās reizē portāls lūgs iestatīt jaunu paroli."),
        [(PasswordChangeDemanded, "en")] = (
            "Change your client portal password",
            "VAS “Elektroniskie sakari” asks you to change your client portal password (clause 15.3 of the terms). All sessions have been ended; the next time you sign in, the portal will ask for a new password."),
        [(EmailChangeConfirm, "lv")] = (
            "Apstipriniet jauno e-pasta adresi",
            "Lai klientu portālā jūsu e-pasta adrese (un lietotājvārds) kļūtu {newEmail}, atveriet šo saiti {validHours} stundu laikā: {confirmLink}\n\nJa to nepieprasījāt jūs, šo vēstuli varat neņemt vērā."),
        [(EmailChangeConfirm, "en")] = (
            "Confirm your new email address",
            "To make {newEmail} your email address (and username) in the client portal, open this link within {validHours} hours: {confirmLink}\n\nIf you did not ask for this, you can ignore this email."),
        [(EmailChanged, "lv")] = (
            "Jūsu portāla e-pasta adrese ir mainīta",
            "Jūsu klientu portāla e-pasta adrese (un lietotājvārds) {time} (Rīgas laiks) tika nomainīta uz {newEmail}. Visas sesijas ir beigtas.\n\nJa to nedarījāt jūs, atjaunojiet paroli: {resetLink}\nun nekavējoties informējiet VAS “Elektroniskie sakari”."),
        [(EmailChanged, "en")] = (
            "Your portal email address was changed",
            "Your client portal email address (and username) was changed to {newEmail} at {time} (Riga time). All sessions have been ended.\n\nIf this was not you, reset your password: {resetLink}\nand tell VAS “Elektroniskie sakari” at once."),
        [(Invitation, "lv")] = (
            "Uzaicinājums pārstāvēt klientu portālā",
            "Jūs esat uzaicināts pārstāvēt klientu “{client}” VAS “Elektroniskie sakari” klientu portālā (tiesības: {scopes}). Lai pieņemtu uzaicinājumu, atveriet šo saiti {validDays} dienu laikā: {invitationLink}\n\nJa jums jau ir portāla konts ar šo e-pasta adresi, pieslēdzieties un pieņemiet; ja nav, saitē varēsiet to izveidot."),
        [(Invitation, "en")] = (
            "Invitation to act for a client in the portal",
            "You are invited to act for the client “{client}” in the VAS “Elektroniskie sakari” client portal (rights: {scopes}). To accept, open this link within {validDays} days: {invitationLink}\n\nIf you already have a portal account with this email address, sign in and accept; if not, you can create one from the link."),
        [(ReminderDigest, "lv")] = (
            "Atgādinājums par rēķiniem, atļaujām un iesniegumiem",
            "Labdien!\n\nKlientu portāls atgādina:\n\nRēķini, kuru apmaksas termiņš ir pēc 7 dienām:\n{dueSoon}\n\nRēķini, kuru apmaksas termiņš ir pagājis:\n{overdue}\n\nAtļaujas, kuru derīgums drīz beigsies:\n{expiring}\n\nIesniegumu melnraksti, kurus pēc 7 dienām dzēsīs, ja tos nesaglabāsiet vai nenosūtīsiet:\n{drafts}\n\nRēķini portālā: {invoicesLink}\nAtļaujas portālā: {permitsLink}\n\nKurus atgādinājumus saņemt, varat izvēlēties sava profila lapā: {profileLink}"),
        [(ReminderDigest, "en")] = (
            "A reminder of invoices, permits and submissions",
            "Hello,\n\nThe client portal reminds you:\n\nInvoices due in 7 days:\n{dueSoon}\n\nInvoices now overdue:\n{overdue}\n\nPermits that end soon:\n{expiring}\n\nDrafts of submissions that will be deleted in 7 days unless you save or send them:\n{drafts}\n\nInvoices in the portal: {invoicesLink}\nPermits in the portal: {permitsLink}\n\nYou can choose which reminders you get on your profile page: {profileLink}"),
        [(SubmissionReceived, "lv")] = (
            "Iesniegums nosūtīts: {receiptNumber}",
            "Labdien!\n\nJūsu iesniegums “{form}” ir nosūtīts VAS “Elektroniskie sakari” {time} (Rīgas laiks) ar numuru {receiptNumber}. Ar apstiprinājumu portālā tas ir uzskatāms par parakstītu (noteikumu 31. punkts).\n\nIesnieguma SHA-256: {sha256}\nApliecinājums (PDF): {receiptLink}\n\nPar iesnieguma virzību paziņosim."),
        [(SubmissionReceived, "en")] = (
            "Submission sent: {receiptNumber}",
            "Hello,\n\nYour submission “{form}” was sent to VAS “Elektroniskie sakari” at {time} (Riga time) with the number {receiptNumber}. Confirmed in the portal, it counts as signed (clause 31 of the terms).\n\nThe submission's SHA-256: {sha256}\nReceipt (PDF): {receiptLink}\n\nWe will tell you how it progresses."),
        [(SubmissionStatusChanged, "lv")] = (
            "Iesniegums {receiptNumber}: {status}",
            "Labdien!\n\nJūsu iesnieguma “{form}” ({receiptNumber}) statuss {time} (Rīgas laiks) mainīts: {status}.\n\nVAS “Elektroniskie sakari” ziņojums:\n{message}\n\nIesnieguma vēsture un dokumenti ir portālā; tur varat arī atbildēt, ja pieprasīta informācija: {submissionLink}"),
        [(PaymentReceived, "lv")] = (
            "Maksājums saņemts: {amount}",
            "Labdien!\n\nBanka apstiprināja jūsu maksājumu {amount} ({time}, Rīgas laiks), maksājuma rīkojums {order}: {explanation}.\n\nRēķini portālā rādīti kā samaksāti, līdz VAS “Elektroniskie sakari” maksājumu iegrāmatos. Rīkojums: {orderLink}"),
        [(PaymentReceived, "en")] = (
            "Payment received: {amount}",
            "Hello,\n\nThe bank confirmed your payment of {amount} ({time}, Riga time), payment order {order}: {explanation}.\n\nThe portal shows the invoices as paid, awaiting booking, until VAS “Elektroniskie sakari” books the payment. The order: {orderLink}"),
        [(SubmissionStatusChanged, "en")] = (
            "Submission {receiptNumber}: {status}",
            "Hello,\n\nThe status of your submission “{form}” ({receiptNumber}) changed at {time} (Riga time): {status}.\n\nThe message from VAS “Elektroniskie sakari”:\n{message}\n\nThe submission's history and documents are in the portal, where you can also answer when information is asked for: {submissionLink}"),
        [(LoginLinked, "lv")] = (
            "Pieslēgšanās ar {provider} pievienota",
            "Jūsu klientu portāla kontam pievienota pieslēgšanās ar {provider}: turpmāk varat pieslēgties arī tā (noteikumu 2.8. punkts).\n\nJa to nedarījāt jūs, nekavējoties informējiet VAS “Elektroniskie sakari”."),
        [(LoginLinked, "en")] = (
            "Sign-in with {provider} added",
            "Signing in with {provider} was added to your client portal account: from now on you can sign in that way too (clause 2.8 of the terms).\n\nIf this was not you, tell VAS “Elektroniskie sakari” at once."),
        [(LoginUnlinked, "lv")] = (
            "Pieslēgšanās ar {provider} noņemta",
            "No jūsu klientu portāla konta noņemta pieslēgšanās ar {provider}. Lai to atkal pievienotu, pieslēdzieties ar paroli un izvēlieties to sava profila lapā.\n\nJa to nedarījāt jūs, atjaunojiet paroli un informējiet VAS “Elektroniskie sakari”."),
        [(LoginUnlinked, "en")] = (
            "Sign-in with {provider} removed",
            "Signing in with {provider} was removed from your client portal account. To add it again, sign in with your password and choose it on your profile page.\n\nIf this was not you, reset your password and tell VAS “Elektroniskie sakari”."),
        [(ExternalEmailCode, "lv")] = (
            "Apstipriniet e-pasta adresi: {code}",
            "Labdien!\n\nLai pabeigtu klientu portāla konta izveidi pēc pieslēgšanās ar {provider}, ievadiet portālā šo kodu {validMinutes} minūšu laikā: {code}\n\nJa kontu neveidojāt jūs, šo vēstuli varat neņemt vērā."),
        [(ExternalEmailCode, "en")] = (
            "Confirm your email address: {code}",
            "Hello,\n\nTo finish making your client portal account after signing in with {provider}, enter this code in the portal within {validMinutes} minutes: {code}\n\nIf you are not making an account, you can ignore this email."),
        [(ExternalEmailTaken, "lv")] = (
            "Jūsu e-pasta adrese norādīta jaunam kontam",
            "Labdien!\n\n{time} (Rīgas laiks) kāds, kurš pieslēdzās klientu portālam ar {provider}, norādīja jūsu e-pasta adresi jauna konta izveidei. Ar šo adresi jau ir konts, tāpēc jauns netika izveidots.\n\nJa tas bijāt jūs, pieslēdzieties ar savu paroli un pievienojiet {provider} sava profila lapā. Ja tas nebijāt jūs, šo vēstuli varat neņemt vērā."),
        [(ExternalEmailTaken, "en")] = (
            "Your email address was given for a new account",
            "Hello,\n\nAt {time} (Riga time) someone who signed in to the client portal with {provider} gave your email address to make a new account. An account with this address exists already, so no new one was made.\n\nIf it was you, sign in with your password and add {provider} on your profile page. If it was not you, you can ignore this email."),
        [(PasswordChanged, "lv")] = (
            "Jūsu portāla parole ir nomainīta",
            "Jūsu klientu portāla parole tika nomainīta {time} (Rīgas laiks). Visas citas sesijas ir beigtas.\n\nJa to nedarījāt jūs, nekavējoties atjaunojiet paroli: {resetLink}\nun informējiet VAS “Elektroniskie sakari”."),
        [(PasswordChanged, "en")] = (
            "Your portal password was changed",
            "Your client portal password was changed at {time} (Riga time). All other sessions have been ended.\n\nIf this was not you, reset your password at once: {resetLink}\nand tell VAS “Elektroniskie sakari”."),
    };

    public static RenderedEmail Render(EmailMessage message)
    {
        var language = message.Language == "en" ? "en" : "lv";
        if (!_texts.TryGetValue((message.Template, language), out var text))
        {
            throw new InvalidOperationException($"There is no email template {message.Template} in {language}.");
        }

        var signature = language == "lv" ? SignatureLv : SignatureEn;
        var subject = string.Concat(Parts(text.Subject, message).Select(part => part.Text));
        var bodyTemplate = string.Join("\n\n", text.Body.Split("\n\n").Where(paragraph => !HoldsAnEmptyList(paragraph, message)));
        var body = string.Concat(Parts(bodyTemplate, message).Select(part => part.List is null ? part.Text : string.Join("\n", part.List.Select(item => "- " + item)))) + "\n\n" + signature;
        return new RenderedEmail(subject, body, Html(language, subject, Parts(bodyTemplate, message), signature));
    }

    /// <summary>An instant as people in Latvia read it.</summary>
    public static string RigaTime(DateTimeOffset instant) => RigaCalendar.TimeText(instant);

    /// <summary>The template's words and its values in order; a template that names a value the message lacks fails.</summary>
    private static IEnumerable<(string Text, string? Name, IReadOnlyList<string>? List)> Parts(string template, EmailMessage message)
    {
        var at = 0;
        for (var start = template.IndexOf('{', StringComparison.Ordinal); start >= 0; start = template.IndexOf('{', at))
        {
            var end = template.IndexOf('}', start);
            var name = template[(start + 1)..end];
            yield return (template[at..start], null, null);
            yield return message.Lists?.GetValueOrDefault(name) is { } list
                ? ("", name, list)
                : (message.Values.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"The email lacks the value {name}."), name, null);
            at = end + 1;
        }

        yield return (template[at..], null, null);
    }

    /// <summary>A paragraph of a digest that would list nothing is left out, heading and all.</summary>
    private static bool HoldsAnEmptyList(string paragraph, EmailMessage message) =>
        message.Lists?.Any(list => list.Value.Count == 0 && paragraph.Contains($"{{{list.Key}}}", StringComparison.Ordinal)) == true;

    /// <summary>
    /// The HTML part: the body's paragraphs and lines as they are in the text, every word encoded, links made links; styles
    /// inline, since mail programs drop style sheets.
    /// </summary>
    private static string Html(string language, string subject, IEnumerable<(string Text, string? Name, IReadOnlyList<string>? List)> parts, string signature)
    {
        var html = new StringBuilder();
        var content = new StringBuilder();
        foreach (var (text, name, list) in parts)
        {
            var encoded = WebUtility.HtmlEncode(text);
            if (list is not null)
            {
                // A list ends the paragraph before it and starts the next: lines around it belong to those paragraphs.
                html.Append(Paragraphs(content.ToString().TrimEnd('\n')));
                html.Append("<ul style=\"margin:0 0 16px;padding-left:24px\">")
                    .AppendJoin("", list.Select(item => $"<li>{WebUtility.HtmlEncode(item)}</li>"))
                    .Append("</ul>");
                content.Clear();
                continue;
            }

            content.Append(name is not null && name.EndsWith("Link", StringComparison.Ordinal)
                ? $"<a href=\"{encoded}\" style=\"color:#1d70b8\">{encoded}</a>"
                : content.Length == 0 && html.Length > 0 ? encoded.TrimStart('\n') : encoded);
        }

        var paragraphs = html.Append(Paragraphs(content.ToString())).ToString();
        var footer = WebUtility.HtmlEncode(signature).Replace("\n", "<br>", StringComparison.Ordinal);
        return $"""
            <!DOCTYPE html>
            <html lang="{language}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{WebUtility.HtmlEncode(subject)}</title></head>
            <body style="margin:0;padding:0;background:#f3f2f1">
            <div style="max-width:600px;margin:0 auto;background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#0b0c0c">
            <div style="background:#0b0c0c;color:#ffffff;padding:12px 24px;font-weight:bold">VAS “Elektroniskie sakari”</div>
            <div style="padding:24px">{paragraphs}</div>
            <div style="padding:16px 24px;border-top:1px solid #b1b4b6;font-size:14px;color:#505a5f">{footer}</div>
            </div>
            </body>
            </html>
            """;
    }

    private static string Paragraphs(string content) => content.Length == 0
        ? ""
        : string.Concat(content.Split("\n\n").Select(paragraph => $"<p style=\"margin:0 0 16px\">{paragraph.Replace("\n", "<br>", StringComparison.Ordinal)}</p>"));
}
