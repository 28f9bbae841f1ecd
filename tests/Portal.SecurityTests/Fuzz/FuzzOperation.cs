using System.Text.Json;

namespace Portal.SecurityTests.Fuzz;

/// <summary>Who a fuzz request is sent as.</summary>
public enum FuzzCaller
{
    Anonymous,
    Session,
    Staff,
    BackOffice,
}

/// <summary>One operation of the API's OpenAPI document: what the fuzz varies.</summary>
public sealed record FuzzOperation(
    string Method,
    string Path,
    IReadOnlyList<FuzzParameter> PathParameters,
    IReadOnlyList<FuzzParameter> QueryParameters,
    IReadOnlyDictionary<string, JsonElement> Bodies,
    FuzzCaller Caller)
{
    /// <summary>Always sent without the session: signing out the fuzz's one session would leave every later session request a 401.</summary>
    public const string SignOut = "/api/auth/sign-out";

    public string Name => $"{Method} {Path}";

    /// <summary>Every operation of the document, with its parameters, request bodies by media type and the caller its security asks for.</summary>
    public static IReadOnlyList<FuzzOperation> All(JsonElement document)
    {
        var operations = new List<FuzzOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete"))
            {
                var parameters = operation.Value.TryGetProperty("parameters", out var list) ? [.. list.EnumerateArray()] : new List<JsonElement>();
                var bodies = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                if (operation.Value.TryGetProperty("requestBody", out var body))
                {
                    foreach (var content in body.GetProperty("content").EnumerateObject())
                    {
                        bodies[content.Name] = content.Value.TryGetProperty("schema", out var schema) ? schema : default;
                    }
                }

                operations.Add(new FuzzOperation(
                    operation.Name.ToUpperInvariant(),
                    path.Name,
                    [.. parameters.Where(p => p.GetProperty("in").GetString() == "path").Select(FuzzParameter.Of)],
                    [.. parameters.Where(p => p.GetProperty("in").GetString() == "query").Select(FuzzParameter.Of)],
                    bodies,
                    path.Name == SignOut ? FuzzCaller.Anonymous : CallerOf(operation.Value)));
            }
        }

        return operations;
    }

    private static FuzzCaller CallerOf(JsonElement operation)
    {
        var schemes = operation.TryGetProperty("security", out var security)
            ? security.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(s => s.Name)).ToHashSet(StringComparer.Ordinal)
            : [];
        return schemes.Contains("backOfficeBearer") ? FuzzCaller.BackOffice
            : schemes.Contains("staffBearer") ? FuzzCaller.Staff
            : schemes.Contains("session") ? FuzzCaller.Session
            : FuzzCaller.Anonymous;
    }
}

/// <summary>A path or query parameter: its name, whether it is required, its schema.</summary>
public sealed record FuzzParameter(string Name, bool Required, JsonElement Schema)
{
    public static FuzzParameter Of(JsonElement parameter) => new(
        parameter.GetProperty("name").GetString()!,
        parameter.TryGetProperty("required", out var required) && required.GetBoolean(),
        parameter.TryGetProperty("schema", out var schema) ? schema : default);
}
