namespace Portal.Core.Billing;

/// <summary>An invoice with something open on the day of an ageing report.</summary>
public sealed record AgeingLine(string Number, DateOnly IssuedOn, DateOnly DueOn, long AmountCents, long OpenCents, int DaysPastDue)
{
    public AgeingBucket Bucket => BucketOf(DaysPastDue);

    public static AgeingBucket BucketOf(int daysPastDue) => daysPastDue switch
    {
        <= 0 => AgeingBucket.NotDue,
        <= 30 => AgeingBucket.Days1To30,
        <= 60 => AgeingBucket.Days31To60,
        <= 90 => AgeingBucket.Days61To90,
        _ => AgeingBucket.Over90,
    };
}
