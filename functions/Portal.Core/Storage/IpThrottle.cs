namespace Portal.Core.Storage;

/// <summary>
/// A per-address limit of an anonymous form: the HTTP pipeline counts each request against it before reading
/// the request's body, and refuses an address that has spent it.
/// </summary>
/// <param name="Shards">
/// Counters the limit is spread over, each hit counting on one chosen at random with its share of the limit: a subject hit by many at
/// once (a bank's answers, by every payer's browser and its servers) would otherwise have all of them retry one row's conditional write.
/// </param>
public sealed record IpThrottle(string Name, Func<ThrottlingOptions, int> Limit, TimeSpan Window, int Shards = 1)
{
    public const string SignInName = "sign-in-ip";
    public const string RegistrationName = "registration-ip";
    public const string ActivationResendName = "activation-ip";
    public const string PasswordResetName = "reset-ip";
    public const string StaffSignInName = "staff-sign-in-ip";
    public const string ExternalSignInName = "external-sign-in-ip";
    public const string ExternalEmailName = "external-email-ip";
    public const string PaymentAnswerName = "payment-answer-provider";

    public static IpThrottle SignIn { get; } = new(SignInName, o => o.SignInsPerIpPerHour, TimeSpan.FromHours(1));

    public static IpThrottle Registration { get; } = new(RegistrationName, o => o.RegistrationsPerIpPerHour, TimeSpan.FromHours(1));

    public static IpThrottle ActivationResend { get; } = new(ActivationResendName, o => o.LinkRequestsPerIpPerHour, TimeSpan.FromHours(1));

    public static IpThrottle PasswordReset { get; } = new(PasswordResetName, o => o.LinkRequestsPerIpPerHour, TimeSpan.FromHours(1));

    public static IpThrottle StaffSignIn { get; } = new(StaffSignInName, o => o.StaffSignInsPerIpPerHour, TimeSpan.FromHours(1));

    /// <summary>The steps of a sign-in through an external provider that anyone may take: its start, linking by password, the new account.</summary>
    public static IpThrottle ExternalSignIn { get; } = new(ExternalSignInName, o => o.SignInsPerIpPerHour, TimeSpan.FromHours(1));

    /// <summary>Emails with a code to a new natural-person user's address.</summary>
    public static IpThrottle ExternalEmail { get; } = new(ExternalEmailName, o => o.LinkRequestsPerIpPerHour, TimeSpan.FromHours(1));

    /// <summary>A payment provider's answers, counted per provider (the route's <c>{bank}</c>), not per address.</summary>
    public static IpThrottle PaymentAnswer { get; } = new(PaymentAnswerName, o => o.PaymentAnswersPerProviderPerMinute, TimeSpan.FromMinutes(1), Shards: 16);

    public static IpThrottle Named(string name) =>
        new[] { SignIn, Registration, ActivationResend, PasswordReset, StaffSignIn, ExternalSignIn, ExternalEmail, PaymentAnswer }.SingleOrDefault(t => t.Name == name)
            ?? throw new ArgumentException($"There is no per-address throttle named '{name}'.", nameof(name));

    /// <param name="subject">What is counted: the caller's address, or the route value a per-route throttle counts by.</param>
    public string Key(string subject) => $"{Name}|{subject}";
}
