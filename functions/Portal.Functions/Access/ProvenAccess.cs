using Microsoft.AspNetCore.Http;

namespace Portal.Functions.Access;

/// <summary>What the pipeline proved about the caller before the function ran, kept in the request's features.</summary>
public static class ProvenAccess
{
    /// <summary>
    /// The caller as the function's access rule proved it: <see cref="SignedIn"/>, <see cref="OptionalUser"/>,
    /// <see cref="ClientAccess"/> or <see cref="Portal.Core.Staff.StaffMember"/>. Throws when the rule proves
    /// no such thing: a function asking for what its rule does not give is a bug, not a refusal.
    /// </summary>
    public static T Proven<T>(this HttpRequest request)
        where T : class =>
        request.HttpContext.Features.Get<Proof<T>>()?.Value
        ?? throw new InvalidOperationException(
            $"The pipeline proved no {typeof(T).Name} for {request.Method} {request.Path}: the function's access rule does not give one.");

    internal static void Prove<T>(HttpContext http, T value)
        where T : class =>
        http.Features.Set(new Proof<T>(value));

    private sealed record Proof<T>(T Value);
}
