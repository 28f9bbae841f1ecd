namespace Portal.Core.Billing;

/// <summary>How long past its due date an open amount is, on the day of an ageing report.</summary>
public enum AgeingBucket
{
    NotDue,
    Days1To30,
    Days31To60,
    Days61To90,
    Over90,
}
