using Microsoft.AspNetCore.Http;

namespace Portal.Functions.Contract;

/// <summary>
/// What an HTTP function takes and answers, for the API's OpenAPI document (<see cref="ApiDocument"/>):
/// its success status and body, its request body and query parameters, and the problem types it can
/// answer itself. Problems every function can give (bad input, the anti-forgery check, storage
/// down, a failure on our side) and those of its access rule are added by the document, so
/// <see cref="Problems"/> lists only what the function or its command decides. A 400 is added for a
/// function with a request body, a required query parameter or paging; one that checks an optional
/// query parameter or a route value lists <c>ProblemTypes.BadRequest</c> itself. Every HTTP function
/// declares exactly one; the tests check each answer they receive against it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class RespondsAttribute : Attribute
{
    /// <summary>200 with a JSON body of this type.</summary>
    public RespondsAttribute(Type body)
        : this(StatusCodes.Status200OK, body)
    {
    }

    /// <summary>This status with a JSON body of the type, or with none (204, 202, a 302 redirect; see <see cref="MediaType"/>).</summary>
    public RespondsAttribute(int status, Type? body = null)
    {
        Status = status;
        Body = body;
    }

    public int Status { get; }

    public Type? Body { get; }

    /// <summary>The media type of a body that is not JSON (a PDF), or several separated by commas (an export's formats); <see cref="Body"/> is then null.</summary>
    public string? MediaType { get; set; }

    /// <summary>The JSON request body: one type, or several the route chooses between (the back-office feed's kinds).</summary>
    public Type[] Request { get; set; } = [];

    /// <summary>Whether the function reads a request body (JSON or <see cref="RequestMediaType"/>).</summary>
    public bool TakesBody => Request.Length > 0 || RequestMediaType is not null;

    /// <summary>The request body may be left out (the function then uses its defaults).</summary>
    public bool RequestOptional { get; set; }

    /// <summary>A request body that is not JSON (a PDF), taken as it comes.</summary>
    public string? RequestMediaType { get; set; }

    /// <summary>The request may also come as multipart/form-data: <see cref="Request"/>'s fields as form fields, and a file under this name.</summary>
    public string? FormFile { get; set; }

    /// <summary>The optional query parameters the function reads (strings).</summary>
    public string[] Query { get; set; } = [];

    /// <summary>The query parameters the function cannot do without (a 400 names the one missing).</summary>
    public string[] RequiredQuery { get; set; } = [];

    /// <summary>The route parameter whose value chooses among <see cref="Request"/>'s bodies (the feed's kind).</summary>
    public string? RequestChosenBy { get; set; }

    /// <summary>The values of <see cref="RequestChosenBy"/>, one per body of <see cref="Request"/>, in the same order.</summary>
    public string[] RequestChoices { get; set; } = [];

    /// <summary>For a body that is a list: at most this many items, and at least one.</summary>
    public int RequestMaxItems { get; set; }

    /// <summary>The largest body the route takes, in bytes, when more than <see cref="Pipeline.RequestLimits.DefaultMaxBodyBytes"/> (an upload, the feed); a larger one is a 413 before it is read.</summary>
    public int RequestMaxBytes { get; set; }

    /// <summary>The problem types (<see cref="Portal.Core.Outcomes.ProblemTypes"/>) the function or its command answers with.</summary>
    public string[] Problems { get; set; } = [];
}
