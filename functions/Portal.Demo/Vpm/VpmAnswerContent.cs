namespace Portal.Demo.Vpm;

/// <summary>
/// What one answer of the stand-in says, before it is written and signed (<see cref="VpmStandInIssuer"/>). Tests change it with
/// <c>with</c> for an expired, a future, a wrongly addressed or a wrongly issued assertion.
/// </summary>
public sealed record VpmAnswerContent
{
    public required string AssertionId { get; init; }

    public required string Issuer { get; init; }

    public required DateTimeOffset IssueInstant { get; init; }

    public required DateTimeOffset NotBefore { get; init; }

    public required DateTimeOffset NotOnOrAfter { get; init; }

    /// <summary>The audiences of the one AudienceRestrictionCondition.</summary>
    public required IReadOnlyList<string> Audiences { get; init; }

    /// <summary>The address in the response's AppliesTo (VPM puts the realm there).</summary>
    public required string AppliesTo { get; init; }

    public required string NameIdentifier { get; init; }

    public required string GivenName { get; init; }

    public required string Surname { get; init; }

    /// <summary>The current code: the <c>privatepersonalidentifier</c> marked with <c>OriginalIssuer</c>; none when null.</summary>
    public string? CurrentCode { get; init; }

    /// <summary>Earlier codes, each a <c>privatepersonalidentifier</c> without the mark.</summary>
    public IReadOnlyList<string> PreviousCodes { get; init; } = [];

    public string? AuthenticationMethod { get; init; }

    public string? QaaLevel { get; init; }

    /// <summary>The response's <c>Context</c> attribute: VPM echoes <c>wctx</c> there.</summary>
    public string? Context { get; init; }
}
