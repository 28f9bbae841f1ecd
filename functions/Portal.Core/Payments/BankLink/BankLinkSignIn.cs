using System.Security.Cryptography;
using System.Text;
using Portal.Core.Identity;
using Portal.Core.Outcomes;
using Portal.Core.Storage;

namespace Portal.Core.Payments.BankLink;

/// <summary>
/// Entry from a bank's site: a bank link's authentication, 4012 posted to the bank and its answer 3013, behind the external sign-in
/// seam. The nonce carries the sign-in's context and a tag only this portal can make, so an answer to a request the portal did not
/// send is refused; each nonce lets one answer through. The person is the answer's personal code, normalised as Latvija.lv's is.
/// </summary>
/// <param name="returnAddress">Where the bank posts 3013: the portal's <c>…/api/auth/bank/{bank}/return</c>.</param>
public sealed class BankLinkSignIn(BankLinkBank bank, Uri returnAddress, IUsedAssertions usedAssertions, TimeProvider time) : IExternalSignInProtocol
{
    /// <summary>How far an answer's <c>VK_DATETIME</c> may be from now, either way.</summary>
    public static readonly TimeSpan AnswerWindow = TimeSpan.FromMinutes(5);

    /// <summary>The longest context: <c>VK_NONCE</c> holds 50 characters, of which the tag and its point take 7.</summary>
    public const int MaxContext = 43;

    private const int TagLength = 6;

    public string Provider => bank.Id;

    public string DisplayName => bank.Settings.DisplayName!;

    /// <summary>Its sign-in is a posted form: the profile does not offer it; a first sign-in by a verified code links it.</summary>
    public bool LinksFromProfile => false;

    public bool Configured => bank.Settings.SignIn;

    /// <summary>
    /// 4012 to the bank's address, as a form the browser posts: <c>VK_NONCE</c> the context and its tag, <c>VK_RID</c> empty. The
    /// context is letters, digits, <c>-</c> and <c>_</c>, at most <see cref="MaxContext"/> (the sign-in's state is 43).
    /// </summary>
    public ExternalRedirect SignInRedirect(string context)
    {
        if (string.IsNullOrEmpty(context) || context.Length > MaxContext || !context.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException($"A bank sign-in's context is 1-{MaxContext} letters, digits, '-' or '_'.", nameof(context));
        }

        var fields = bank.Signed(new Dictionary<string, string>
        {
            ["VK_SERVICE"] = BankLinkMessages.SignIn,
            ["VK_VERSION"] = bank.Settings.Version,
            ["VK_SND_ID"] = bank.Settings.MerchantId!,
            ["VK_REC_ID"] = bank.Settings.BankId!,
            ["VK_NONCE"] = $"{context}.{Tag(context)}",
            ["VK_RETURN"] = returnAddress.AbsoluteUri,
            ["VK_DATETIME"] = BankLinkValues.Time(time.GetUtcNow()),
            ["VK_RID"] = "",
        }, "LAT");
        return new ExternalRedirect(new Uri(bank.Settings.Url!), fields);
    }

    /// <summary>
    /// 3013, checked (<see cref="BankLinkBank.Refusal"/>), its time within <see cref="AnswerWindow"/> of now, its nonce one this
    /// portal sent (the context comes back as <see cref="ExternalAnswer.Context"/>), a Latvian personal code and a name; then the
    /// nonce is used up. Bad input never throws.
    /// </summary>
    public async Task<Outcome<ExternalAnswer>> ReadAnswerAsync(IReadOnlyDictionary<string, string> form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (bank.Refusal(form, BankLinkMessages.SignedIn) is { } refusal)
        {
            return Refused(refusal);
        }

        var now = time.GetUtcNow();
        if (BankLinkValues.Instant(form["VK_DATETIME"]) is not { } at)
        {
            return Refused($"the answer's time (VK_DATETIME) {BankLinkBank.Quote(form["VK_DATETIME"])} is not yyyy-MM-ddTHH:mm:ss+hhmm");
        }

        if ((now - at).Duration() > AnswerWindow)
        {
            return Refused($"the answer was made at {BankLinkValues.Time(at)}, more than {AnswerWindow.TotalMinutes:0} minutes from now ({BankLinkValues.Time(now)})");
        }

        var nonce = form["VK_NONCE"];
        if (Context(nonce) is not { } context)
        {
            return Refused("the nonce (VK_NONCE) is not one this portal sent");
        }

        if (form["VK_COUNTRY"] is not ("LV" or ""))
        {
            return Refused($"the person's code is of the country {BankLinkBank.Quote(form["VK_COUNTRY"])} (VK_COUNTRY), not Latvia");
        }

        if (PersonalCodes.Normalise(form["VK_USER_ID"]) is not { } code)
        {
            return Refused("the person's code (VK_USER_ID) is not a Latvian personal code");
        }

        if (Name(form["VK_USER_NAME"]) is not { } name)
        {
            return Refused("the person's name (VK_USER_NAME) is not \"SURNAME,GIVEN\" or \"Given Surname\"");
        }

        if (!await usedAssertions.TryUseAsync(Provider, nonce, at + AnswerWindow, cancellationToken))
        {
            return Refused("the nonce has been used already (a replayed answer)");
        }

        var bankId = bank.Settings.BankId!;
        var method = form["VK_TOKEN"] is { Length: > 0 } token ? $"{bankId}/{token}" : bankId;
        return new ExternalAnswer(new ExternalIdentity(Provider, $"{bankId}:PK:{code}", code, [], name.Given, name.Surname, null, method, null), context);
    }

    /// <summary>The given name(s) and surname of <c>VK_USER_NAME</c>, which banks write "SURNAME,GIVEN" or "Given Surname"; null when it names no two parts.</summary>
    public static (string Given, string Surname)? Name(string text)
    {
        string given, surname;
        if (text.IndexOf(',', StringComparison.Ordinal) is var comma and >= 0)
        {
            (surname, given) = (text[..comma].Trim(), text[(comma + 1)..].Trim());
        }
        else
        {
            var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            (given, surname) = (string.Join(' ', parts.SkipLast(1)), parts.LastOrDefault() ?? "");
        }

        return given.Length > 0 && surname.Length > 0 && !given.Contains(',', StringComparison.Ordinal) ? (given, surname) : null;
    }

    /// <summary>The context a nonce carries (before its last point), its tag not checked: a refused answer's, to end its sign-in.</summary>
    public static string? ClaimedContext(string? nonce) => nonce?.LastIndexOf('.') is > 0 and var point ? nonce[..point] : null;

    private string? Context(string nonce) =>
        ClaimedContext(nonce) is { } context
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(nonce[(context.Length + 1)..]), Encoding.ASCII.GetBytes(Tag(context)))
            ? context
            : null;

    /// <summary>Six characters of an HMAC under a key only the portal has: each guess at another costs a sign-in at the bank.</summary>
    private string Tag(string context) => RandomTokens.Base64Url(HMACSHA256.HashData(bank.NonceKey, Encoding.UTF8.GetBytes(context)))[..TagLength];

    private ExternalAnswerRefused Refused(string reason) => new(Provider, reason);
}
