using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Functions.Access;

/// <summary>What the pipeline asks before a function runs (<see cref="AccessGate"/>; the pipeline's unit tests give their own).</summary>
public interface IAccessGate
{
    /// <summary>Null when the caller may run the function (what was proved is then in the request's features), else the refusal.</summary>
    /// <param name="routeValue">The request's route values by name (the client id of a client-scoped route).</param>
    Task<IActionResult?> ProveAsync(HttpContext http, AccessAttribute rule, Func<string, string?> routeValue);
}
