namespace Portal.Core.Notifications;

/// <summary>
/// Every email the portal sends, in Latvian and English (the user's language). Values are filled in
/// by name; a template that names a value the message lacks fails loudly rather than sending a gap.
/// </summary>
public static class EmailTemplates
{
    public const string SignInLocked = "sign-in-locked";
    public const string PasswordReset = "password-reset";
    public const string PasswordChanged = "password-changed";
    public const string RegistrationReceived = "registration-received";
    public const string PasswordExpiring = "password-expiring";

    private const string SignatureLv = "\n\nVAS “Elektroniskie sakari” klientu portāls\nTālrunis 67332179, e-pasts info@vases.lv";
    private const string SignatureEn = "\n\nVAS “Elektroniskie sakari” client portal\nPhone +371 67332179, email info@vases.lv";

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
            "Labdien, {name}!\n\nJūsu pieteikums klientu portāla lietošanai saņemts {time} (Rīgas laiks). VAS “Elektroniskie sakari” pārbaudīs norādītos datus (noteikumu 10. punkts) un pēc tam nosūtīs saiti konta aktivizēšanai vai paskaidrojumu, kāpēc pieteikums noraidīts."),
        [(RegistrationReceived, "en")] = (
            "Your application to use the client portal was received",
            "Hello {name},\n\nYour application to use the client portal was received at {time} (Riga time). VAS “Elektroniskie sakari” will check the data you gave (clause 10 of the terms) and then send a link to activate your account, or the reason the application was turned down."),
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

        return new RenderedEmail(Fill(text.Subject, message.Values), Fill(text.Body, message.Values) + (language == "lv" ? SignatureLv : SignatureEn));
    }

    /// <summary>An instant as people in Latvia read it.</summary>
    public static string RigaTime(DateTimeOffset instant) => RigaCalendar.TimeText(instant);

    private static string Fill(string text, IReadOnlyDictionary<string, string> values)
    {
        var result = text;
        var start = result.IndexOf('{', StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = result.IndexOf('}', start);
            var name = result[(start + 1)..end];
            var value = values.TryGetValue(name, out var found) ? found : throw new InvalidOperationException($"The email lacks the value {name}.");
            result = string.Concat(result.AsSpan(0, start), value, result.AsSpan(end + 1));
            start = result.IndexOf('{', start + value.Length);
        }

        return result;
    }
}
