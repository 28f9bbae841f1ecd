namespace Portal.Core.Billing;

/// <summary>Money: cents inside (docs/ARCHITECTURE.md), euros at the edges.</summary>
public static class Cents
{
    public const decimal Max = 1_000_000_000m;

    /// <summary>The amount in cents; null when it is missing, not positive, over the maximum or has more than two decimals.</summary>
    public static long? From(decimal? euros) =>
        euros is { } value && value > 0 && value <= Max && decimal.Round(value, 2) == value ? (long)(value * 100) : null;

    public static decimal ToEuros(long cents) => cents / 100m;
}
