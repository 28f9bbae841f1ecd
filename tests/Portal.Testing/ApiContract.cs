using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Portal.Core.Outcomes;
using Portal.Functions.Contract;
using Portal.Functions.Pipeline;

namespace Portal.Testing;

/// <summary>
/// The API's OpenAPI document as the tests hold every answer against it: the operation a request
/// reached (its method and path against the document's paths), the answer's status among the
/// operation's responses, its media type among the status's, and a JSON body against the status's
/// schema (JSON Schema 2020-12, which OpenAPI 3.1's schemas are). A path no operation has must be the
/// catch-all's 404 route-not-found.
/// </summary>
public sealed class ApiContract
{
    private static readonly Lazy<ApiContract> _current = new(() =>
        new ApiContract(JsonNode.Parse(ApiDocument.JsonAsync(FunctionMetadata.Load(AppContext.BaseDirectory), ApiDocument.Part.All).GetAwaiter().GetResult())!.AsObject()));

    private readonly JsonObject _document;
    private readonly JsonObject _definitions;
    private readonly List<(string[] Segments, JsonObject Item)> _paths;
    private readonly ConcurrentDictionary<string, JsonSchema> _schemas = new(StringComparer.Ordinal);

    public ApiContract(JsonObject document)
    {
        // Component references point into $defs, so each response's schema is one self-contained JSON Schema.
        _document = JsonNode.Parse(document.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal))!.AsObject();
        _definitions = _document["components"]!["schemas"]!.AsObject();
        _paths = [.. _document["paths"]!.AsObject().Select(p => (p.Key.Split('/'), p.Value!.AsObject()))];
    }

    /// <summary>The document the portal in this test run serves, made from its functions.metadata.</summary>
    public static ApiContract Current => _current.Value;

    /// <summary>The document's JSON.</summary>
    public JsonObject Document => _document;

    /// <summary>What is wrong with this answer by the document; empty when nothing is.</summary>
    /// <param name="body">The body, or null when it could not be read (a browser that moved on): then only the status and media type are checked.</param>
    public IReadOnlyList<string> Check(string method, string path, HttpStatusCode status, string? mediaType, string? body)
    {
        method = method.ToLowerInvariant();
        if (method is "head" or "options")
        {
            return [];
        }

        var operation = Operation(method, path);
        if (operation is null)
        {
            // The catch-all's answer: a 404 problem of its type, shaped like every problem.
            return status == HttpStatusCode.NotFound && mediaType == Problems.ContentType && (body is null || Type(body) == ProblemTypes.RouteNotFound)
                ? body is null ? [] : Validate($"RouteNotFound ({method.ToUpperInvariant()} {path})", "RouteNotFound", new JsonObject { ["$ref"] = "#/$defs/Problem" }, status, mediaType, body)
                : [$"The document has no operation {method.ToUpperInvariant()} {path}, and the answer ({(int)status}) is not the catch-all's 404 {ProblemTypes.RouteNotFound}."];
        }

        var (operationId, node) = operation.Value;
        var id = $"{operationId} ({method.ToUpperInvariant()} {path})";
        if (node["responses"]![$"{(int)status}"] is not JsonObject response)
        {
            return [$"{id} answered {(int)status}, which the document does not list (it lists {string.Join(", ", node["responses"]!.AsObject().Select(r => r.Key))}). Body: {Shorten(body ?? "(not read)")}"];
        }

        var content = response["content"] as JsonObject;
        if (body is null)
        {
            return content is not null && (mediaType is null || content[mediaType] is null)
                ? [$"{id} answered {(int)status} with a {mediaType ?? "untyped"} body; the document gives it {string.Join(", ", content.Select(c => c.Key))}."]
                : [];
        }

        if (body.Length == 0)
        {
            return content is not null && content.Any(c => IsJson(c.Key)) ? [$"{id} answered {(int)status} with no body; the document gives it {string.Join(", ", content.Select(c => c.Key))}."] : [];
        }

        if (content is null || mediaType is null || content[mediaType] is not JsonObject media)
        {
            return [$"{id} answered {(int)status} with a {mediaType ?? "untyped"} body; the document gives it {(content is null ? "none" : string.Join(", ", content.Select(c => c.Key)))}."];
        }

        return IsJson(mediaType) ? Validate(id, $"{operationId} {method} {(int)status} {mediaType}", media["schema"]!, status, mediaType, body) : [];
    }

    /// <summary>The operation a request reaches, by method and path, with ASP.NET routing's precedence: from the left, a literal segment beats a parameter.</summary>
    public (string OperationId, JsonObject Operation)? Operation(string method, string path)
    {
        var segments = path.Split('?')[0].Split('/').Select(Uri.UnescapeDataString).ToArray();
        var candidates = _paths
            .Where(p => p.Item[method] is JsonObject
                && p.Segments.Length == segments.Length
                && p.Segments.Zip(segments).All(s => IsParameter(s.First) ? s.Second.Length > 0 : string.Equals(s.First, s.Second, StringComparison.Ordinal)))
            .ToList();
        candidates.Sort((a, b) => Precedence(b.Segments, a.Segments));
        return candidates.FirstOrDefault() is { Item: not null } best ? (best.Item[method]!["operationId"]!.GetValue<string>(), best.Item[method]!.AsObject()) : null;
    }

    /// <summary>Positive when <paramref name="a"/> is the more specific template at the first segment where they differ in kind.</summary>
    private static int Precedence(string[] a, string[] b) =>
        a.Zip(b).Select(s => (IsParameter(s.First) ? 0 : 1) - (IsParameter(s.Second) ? 0 : 1)).FirstOrDefault(d => d != 0);

    private IReadOnlyList<string> Validate(string id, string key, JsonNode schemaNode, HttpStatusCode status, string mediaType, string body)
    {
        JsonElement instance;
        try
        {
            instance = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException exception)
        {
            return [$"{id} answered {(int)status} with {mediaType} that is not JSON: {exception.Message}"];
        }

        var schema = _schemas.GetOrAdd(key, _ => Build(key, schemaNode));
        var result = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return result.IsValid
            ? []
            : [$"{id} answered {(int)status} with a body its schema refuses: " + string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{(d.InstanceLocation.ToString() is { Length: > 0 } at ? at : "the body")} ({d.EvaluationPath}): {e.Value}")).Distinct().Take(8)) + $". Body: {Shorten(body)}"];
    }

    private static bool IsParameter(string segment) => segment.StartsWith('{');

    private static bool IsJson(string mediaType) => mediaType == "application/json" || mediaType.EndsWith("+json", StringComparison.Ordinal);

    private JsonSchema Build(string key, JsonNode schema)
    {
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$defs"] = _definitions.DeepClone(),
            ["allOf"] = new JsonArray(schema.DeepClone()),
        };
        return JsonSchema.Build(
            JsonDocument.Parse(root.ToJsonString()).RootElement,
            new BuildOptions { SchemaRegistry = new SchemaRegistry() },
            new Uri($"https://portal.test/contract/{Uri.EscapeDataString(key)}"));
    }

    private static string? Type(string body)
    {
        try
        {
            return JsonNode.Parse(body)?["type"]?.GetValue<string>();
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string Shorten(string body) => body.Length <= 400 ? body : body[..400] + "...";
}

/// <summary>An answer the API's OpenAPI document does not allow.</summary>
public sealed class ContractViolationException(string message) : Exception(message);

/// <summary>Checks every answer the test client receives against the API's document (<see cref="ApiContract"/>); a disagreement fails the call.</summary>
public sealed class ContractCheckHandler : DelegatingHandler
{
    public ContractCheckHandler()
    {
    }

    public ContractCheckHandler(HttpMessageHandler inner)
        : base(inner)
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var uri = response.RequestMessage?.RequestUri ?? request.RequestUri!;
        if (!uri.AbsolutePath.StartsWith(ApiDocument.RoutePrefix, StringComparison.Ordinal))
        {
            return response;
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var violations = ApiContract.Current.Check(request.Method.Method, uri.AbsolutePath, response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
        return violations.Count == 0 ? response : throw new ContractViolationException(string.Join(Environment.NewLine, violations));
    }
}
