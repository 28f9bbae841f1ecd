using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Functions.Pipeline;

/// <summary>Something read from a request: the value, or the 400 that answers it. After <c>if (read.Failed) return read.Problem;</c> the value is known not to be null.</summary>
public readonly record struct RequestRead<T>
    where T : notnull
{
    private RequestRead(T? value, IActionResult? problem)
    {
        Value = value;
        Problem = problem;
    }

    public T? Value { get; }

    public IActionResult? Problem { get; }

    [MemberNotNullWhen(true, nameof(Problem))]
    [MemberNotNullWhen(false, nameof(Value))]
    public bool Failed => Problem is not null;

    public static RequestRead<T> Read(T value) => new(value, null);

    public static RequestRead<T> Refused(IActionResult problem) => new(default, problem);
}
