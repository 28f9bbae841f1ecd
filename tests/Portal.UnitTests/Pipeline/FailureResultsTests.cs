using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Accounts;
using Portal.Core.Outcomes;
using Portal.Functions.Pipeline;

namespace Portal.UnitTests.Pipeline;

/// <summary>Every way a command can fail has one problem: found by reflection, so a new failure case cannot reach the mapper's fallback.</summary>
public sealed class FailureResultsTests
{
    public static TheoryData<Type> FailureTypes() => [.. AllFailureTypes()];

    [Fact]
    public void FailureTypes_FindsTheSharedCasesAndTheFeaturesOwn()
    {
        var names = AllFailureTypes();

        Assert.Contains(typeof(Failure.NotFound), names);
        Assert.Contains(typeof(Failure.Invalid), names);
        Assert.Contains(typeof(PasswordRefused), names);
    }

    [Theory]
    [MemberData(nameof(FailureTypes))]
    public void From_EveryFailureType_IsAProblemOfTheClientsMaking(Type type)
    {
        var failure = Sample(type);

        var result = FailureResults.From(new DefaultHttpContext(), failure);

        Assert.InRange(result.StatusCode ?? 0, 400, 499);
        var problem = Assert.IsAssignableFrom<ProblemDetails>(result.Value);
        Assert.False(string.IsNullOrEmpty(problem.Type));
        Assert.False(string.IsNullOrEmpty(problem.Title));
    }

    [Fact]
    public void From_AFailureWithoutMapping_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => FailureResults.From(new DefaultHttpContext(), new Unmapped()));
    }

    [Fact]
    public void ToResult_Done_IsTheCallersAnswer()
    {
        Outcome<string> outcome = "client-1";

        var result = outcome.ToResult(new DefaultHttpContext(), value => new OkObjectResult(value));

        Assert.Equal("client-1", Assert.IsType<OkObjectResult>(result).Value);
    }

    [Fact]
    public void ToResult_Failed_IsTheFailuresProblem()
    {
        Outcome<Done> outcome = Failure.Invalid.Field("token", "The link is not valid.");

        var result = Assert.IsType<ObjectResult>(outcome.ToResult(new DefaultHttpContext()));

        Assert.Equal(StatusCodes.Status400BadRequest, result.StatusCode);
        Assert.Equal(["The link is not valid."], Assert.IsType<ValidationProblemDetails>(result.Value).Errors["token"]);
    }

    private static List<Type> AllFailureTypes() =>
        [.. new[] { typeof(Failure).Assembly, typeof(FailureResults).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type.IsSubclassOf(typeof(Failure)) && !type.IsAbstract)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)];

    /// <summary>A failure made through its constructor, each argument a plain sample of its type.</summary>
    private static Failure Sample(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(parameter => SampleOf(parameter.ParameterType)).ToArray();
        return (Failure)constructor.Invoke(arguments);
    }

    private static object SampleOf(Type type) => type switch
    {
        _ when type == typeof(string) => "sample",
        _ when type == typeof(FieldErrors) => new FieldErrors().Add("field", "message"),
        _ when type == typeof(Portal.Core.Submissions.Submission) => new Portal.Core.Submissions.Submission(
            "s1", "free-form", 1, Portal.Core.Submissions.SubmissionStatus.Draft, System.Text.Json.JsonDocument.Parse("{}").RootElement, new FieldErrors(),
            DateTimeOffset.UnixEpoch, "Līga Kalniņa", DateTimeOffset.UnixEpoch, "Līga Kalniņa", DateTimeOffset.UnixEpoch, "W/\"1\""),
        { IsGenericType: true } when type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) => Array.CreateInstance(type.GetGenericArguments()[0], 1),
        { IsValueType: true } => Activator.CreateInstance(type)!,
        _ => throw new InvalidOperationException($"Teach {nameof(FailureResultsTests)} to make a sample {type.Name}."),
    };

    private sealed record Unmapped : Failure;
}
