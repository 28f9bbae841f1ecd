namespace Portal.Core.Outcomes;

/// <summary>
/// What a command ends in: its value, or a <see cref="Failure"/> that says why not. Commands return
/// either by plain conversion (<c>return account;</c>, <c>return new Failure.NotFound("...");</c>); the
/// HTTP layer turns every failure into a problem in one place (docs/ARCHITECTURE.md, "Outcomes").
/// </summary>
public sealed class Outcome<T>
{
    private readonly T? _value;

    private Outcome(T? value, Failure? failure)
    {
        _value = value;
        Failure = failure;
    }

    /// <summary>Null when the command did what was asked.</summary>
    public Failure? Failure { get; }

    /// <summary>The command's result; reading it after a failure is a programming error.</summary>
    public T Value => Failure is null ? _value! : throw new InvalidOperationException($"The command failed: {Failure}.");

    public static implicit operator Outcome<T>(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    public static implicit operator Outcome<T>(Failure failure) => new(default, failure ?? throw new ArgumentNullException(nameof(failure)));

    public override string ToString() => Failure?.ToString() ?? $"Done({_value})";
}
