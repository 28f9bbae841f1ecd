namespace Portal.Core.Billing;

/// <summary>
/// What was open on <paramref name="AsOf"/>: each invoice with something left (oldest due first) and the sums by
/// <see cref="AgeingBucket"/>. <paramref name="CreditCents"/> is money received that nothing open was left to settle.
/// </summary>
public sealed record Ageing(DateOnly AsOf, IReadOnlyList<AgeingLine> Lines, IReadOnlyDictionary<AgeingBucket, long> BucketCents, long CreditCents)
{
    public long OpenCents => BucketCents.Values.Sum();
}
