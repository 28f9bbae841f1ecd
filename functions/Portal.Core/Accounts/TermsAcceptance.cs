namespace Portal.Core.Accounts;

/// <summary>One acceptance of the terms as the user's data export shows it (§4, §30).</summary>
public sealed record TermsAcceptance(int Version, string TextSha256, DateTimeOffset AcceptedAt, string IpAddress, string UserAgent);
