using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Portal.Functions.Pipeline;

/// <summary>One id per request, on the response and on every log line, so a user's report can be found in the logs.</summary>
public static partial class CorrelationId
{
    public const string Header = "X-Correlation-ID";
    private const string ItemKey = "Portal.CorrelationId";

    /// <summary>Takes a well-formed id from the caller (a proxy or a script tracing its own calls), else makes one.</summary>
    public static string Establish(HttpContext http)
    {
        var incoming = http.Request.Headers[Header].ToString();
        var id = SafeId().IsMatch(incoming) ? incoming : NewId();
        http.Items[ItemKey] = id;
        http.TraceIdentifier = id;
        http.Response.Headers[Header] = id;
        return id;
    }

    public static string Of(HttpContext http) =>
        http.Items.TryGetValue(ItemKey, out var id) && id is string text ? text : http.TraceIdentifier;

    public static string NewId() => Guid.NewGuid().ToString("N");

    [GeneratedRegex("^[A-Za-z0-9._-]{8,64}$")]
    private static partial Regex SafeId();
}
