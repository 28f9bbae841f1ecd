using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.OpenApi;
using Portal.Core;
using Portal.Core.BackOffice;
using Portal.Core.Outcomes;
using Portal.Core.Staff;
using Portal.Core.Storage;
using Portal.Functions.Access;
using Portal.Functions.Accounts;
using Portal.Functions.Pipeline;

namespace Portal.Functions.Contract;

/// <summary>
/// The API's OpenAPI 3.1 document, made from what the Function App declares: its functions.metadata
/// (names, methods, routes), each function's access rule and <see cref="RespondsAttribute"/>, and the
/// bodies' schemas (<see cref="ApiSchemas"/>). The whole API is one document; the back office's
/// routes are also a document of their own for its integrators. The catch-all route that answers
/// unknown paths with a 404 is not an operation and is left out (docs/ARCHITECTURE.md, "The API's contract").
/// </summary>
public static partial class ApiDocument
{
    public const string FileName = "openapi.json";
    public const string BackOfficeFileName = "openapi-backoffice.json";
    public const string RoutePrefix = "/api/";

    private const string Session = "session";
    private const string XsrfHeader = "xsrf";
    private const string StaffBearer = "staffBearer";
    private const string BackOfficeBearer = "backOfficeBearer";
    private const string Problem = "Problem";

    public enum Part
    {
        /// <summary>Every operation.</summary>
        All,

        /// <summary>The back office's operations only.</summary>
        BackOffice,
    }

    /// <summary>The document as JSON (OpenAPI 3.1).</summary>
    public static async Task<string> JsonAsync(IReadOnlyList<FunctionMetadata> functions, Part part) =>
        await Build(functions, part).SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1);

    /// <summary>Writes both documents into the directory (the build output): <see cref="FileName"/> and <see cref="BackOfficeFileName"/>.</summary>
    public static async Task WriteAsync(string directory)
    {
        var functions = FunctionMetadata.Load(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, FileName), await JsonAsync(functions, Part.All));
        await File.WriteAllTextAsync(Path.Combine(directory, BackOfficeFileName), await JsonAsync(functions, Part.BackOffice));
    }

    /// <summary>The functions the document lists: every HTTP function but the catch-all.</summary>
    public static IEnumerable<FunctionMetadata> Operations(IEnumerable<FunctionMetadata> functions) =>
        functions.Where(f => f.IsHttp && f.Trigger.Route is { } route && !route.StartsWith("{*", StringComparison.Ordinal));

    /// <summary>The document's path of a route: "clients/{clientId:guid}" is "/api/clients/{clientId}".</summary>
    public static string PathOf(string route) => RoutePrefix + RouteParameter().Replace(route, match => $"{{{match.Groups["name"].Value}}}");

    public static OpenApiDocument Build(IReadOnlyList<FunctionMetadata> functions, Part part)
    {
        var document = new OpenApiDocument
        {
            Info = new OpenApiInfo
            {
                Title = part == Part.BackOffice ? "ES client portal: back-office API" : "ES client portal API",
                // The back office's document is its contract's version; the whole API's, the app's build.
                Version = part == Part.BackOffice ? $"{BackOfficeContract.Version}" : AppVersion,
                Description = part == Part.BackOffice
                    ? "What ES's back office feeds the portal, app to app. The records' fields, limits, versions and replays are in the back-office contract (docs/backoffice-contract.md); `info.version` is its version, which every feed answer names as `contractVersion`."
                    : "The API of the client self-service portal of VAS \"Elektroniskie sakari\": what its UI, ES staff and the back office call. Every error is an RFC 9457 problem (`application/problem+json`) whose `type` is one of those named at each response; a path no function answers is a 404 of type " + ProblemTypes.RouteNotFound + ". A state change by a browser echoes the " + Xsrf.CookieName + " cookie in the " + Xsrf.HeaderName + " header (only the staff and back-office routes take a bearer token instead).",
            },
            Servers = [new OpenApiServer { Url = "/", Description = "The portal's own origin." }],
            Paths = new OpenApiPaths(),
            Components = new OpenApiComponents(),
        };
        document.Components.SecuritySchemes = SecuritySchemes();

        var operations = Operations(functions).Select(f => (Function: f, Method: FunctionAccess.MethodOf(f.EntryPoint)))
            .Select(f => (f.Function, f.Method, Rule: FunctionAccess.Of(f.Method), Responds: Responds(f.Method)))
            .Where(f => part == Part.All || f.Rule is BackOfficeAttribute)
            .OrderBy(f => f.Function.Trigger.Route, StringComparer.Ordinal)
            .ToList();
        var schemas = new ApiSchemas(document, operations.SelectMany(o => Bodies(o.Responds)));
        foreach (var (function, method, rule, responds) in operations)
        {
            var path = PathOf(function.Trigger.Route!);
            if (!document.Paths.TryGetValue(path, out var item))
            {
                document.Paths[path] = item = new OpenApiPathItem();
            }

            var pathItem = (OpenApiPathItem)item;
            pathItem.Operations ??= [];
            foreach (var verb in function.Trigger.Methods ?? [])
            {
                var httpMethod = new HttpMethod(verb.ToUpperInvariant());
                pathItem.Operations[httpMethod] = Operation(document, schemas, function, method, rule, responds, httpMethod);
            }
        }

        schemas.Complete(new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal) { [Problem] = ProblemSchema() });
        document.RegisterComponents();
        return document;
    }

    private static string AppVersion =>
        typeof(ApiDocument).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";

    private static IEnumerable<(Type, ApiSchemas.Direction)> Bodies(RespondsAttribute responds) =>
        responds.Request.Select(type => (type, ApiSchemas.Direction.Request))
            .Concat(responds.Body is { } body ? [(body, ApiSchemas.Direction.Response)] : []);

    /// <summary>A function's declaration, or an error naming the function that has none.</summary>
    public static RespondsAttribute Responds(MethodInfo method) =>
        method.GetCustomAttribute<RespondsAttribute>()
            ?? throw new InvalidOperationException($"{method.DeclaringType?.FullName}.{method.Name} declares no [{nameof(RespondsAttribute)[..^"Attribute".Length]}]: every HTTP function says what it answers.");

    private static OpenApiOperation Operation(
        OpenApiDocument document, ApiSchemas schemas, FunctionMetadata function, MethodInfo method, AccessAttribute rule, RespondsAttribute responds, HttpMethod httpMethod)
    {
        var unsafeMethod = httpMethod != HttpMethod.Get && httpMethod != HttpMethod.Head && httpMethod != HttpMethod.Options;
        var access = Access(document, rule, unsafeMethod);
        var operation = new OpenApiOperation
        {
            OperationId = (function.Trigger.Methods?.Count ?? 1) > 1 ? $"{function.Name}{httpMethod.Method}" : function.Name,
            Summary = function.Name,
            Description = $"Access: {access.Description}",
            Tags = new HashSet<OpenApiTagReference> { Tag(document, Area(method)) },
            Parameters = [.. Parameters(function.Trigger.Route!, responds)],
            Security = access.Security,
            Responses = [],
        };

        if (responds.TakesBody)
        {
            operation.RequestBody = RequestBody(schemas, responds);
        }

        operation.Responses[$"{responds.Status}"] = Success(schemas, responds);

        var problems = new List<string>();
        if (responds.TakesBody || responds.RequiredQuery.Length > 0
            || responds.Query.Contains(InvalidContinuationTokenException.Field))
        {
            problems.Add(ProblemTypes.BadRequest);
        }

        if (responds.TakesBody)
        {
            problems.Add(ProblemTypes.PayloadTooLarge);
        }

        problems.AddRange(access.Problems);
        if (RouteParameter().IsMatch(function.Trigger.Route!))
        {
            // A route value that cannot name anything (RouteKeys).
            problems.Add(ProblemTypes.NotFound);
        }

        if (unsafeMethod && rule is not (ExternalCallbackAttribute or BackOfficeAttribute))
        {
            problems.Add(ProblemTypes.XsrfTokenMissing);
        }

        problems.AddRange(responds.Problems);
        problems.Add(ProblemTypes.ServerError);
        problems.Add(ProblemTypes.StorageUnavailable);
        problems.Add(ProblemTypes.StorageBusy);
        foreach (var byStatus in problems.Distinct(StringComparer.Ordinal).GroupBy(type => ProblemCatalog.Of(type).Status).OrderBy(g => g.Key))
        {
            operation.Responses[$"{byStatus.Key}"] = ProblemResponse(document, byStatus.Key, [.. byStatus]);
        }

        return operation;
    }

    private static OpenApiTagReference Tag(OpenApiDocument document, string name)
    {
        document.Tags ??= new HashSet<OpenApiTag>();
        if (!document.Tags.Any(t => t.Name == name))
        {
            document.Tags.Add(new OpenApiTag { Name = name });
        }

        return new OpenApiTagReference(name, document);
    }

    private static string Area(MethodInfo method) => method.DeclaringType!.Namespace!.Split('.')[^1];

    private static IEnumerable<IOpenApiParameter> Parameters(string route, RespondsAttribute responds)
    {
        foreach (Match match in RouteParameter().Matches(route))
        {
            var name = match.Groups["name"].Value;
            var schema = new OpenApiSchema { Type = JsonSchemaType.String };
            if (name == responds.RequestChosenBy)
            {
                schema.Enum = [.. responds.RequestChoices.Select(choice => (JsonNode)JsonValue.Create(choice))];
            }

            yield return new OpenApiParameter { Name = name, In = ParameterLocation.Path, Required = true, Schema = schema };
        }

        foreach (var (name, required) in responds.RequiredQuery.Select(n => (n, true)).Concat(responds.Query.Select(n => (n, false))))
        {
            yield return new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Query,
                Required = required,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                Description = name == InvalidContinuationTokenException.Field ? "The token the previous page answered with, to get the next one." : null,
            };
        }
    }

    private static OpenApiRequestBody RequestBody(ApiSchemas schemas, RespondsAttribute responds)
    {
        var content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal);
        string? description = null;
        if (responds.RequestMediaType is { } mediaType)
        {
            content[mediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, ContentMediaType = mediaType } };
        }
        else
        {
            var bodies = responds.Request.Select(type => schemas.For(type, ApiSchemas.Direction.Request)).ToList();
            foreach (var list in bodies.OfType<OpenApiSchema>().Where(b => responds.RequestMaxItems > 0 && b.Type == JsonSchemaType.Array))
            {
                list.MinItems = 1;
                list.MaxItems = responds.RequestMaxItems;
            }

            // Several bodies are the route's choice (the feed's kind), not the body's, so any of them may fit.
            content["application/json"] = new OpenApiMediaType { Schema = bodies.Count == 1 ? bodies[0] : new OpenApiSchema { AnyOf = bodies } };
            if (responds.RequestChoices.Length == bodies.Count && bodies.Count > 1)
            {
                description = $"By the path's {responds.RequestChosenBy}: " + string.Join("; ", responds.RequestChoices.Zip(responds.Request, (choice, type) => $"{choice}: {Describe(type)}")) + ".";
            }

            if (responds.FormFile is { } file)
            {
                content["multipart/form-data"] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchema
                    {
                        AllOf =
                        [
                            bodies[0],
                            new OpenApiSchema
                            {
                                Type = JsonSchemaType.Object,
                                Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                                {
                                    [file] = new OpenApiSchema { Type = JsonSchemaType.String, ContentMediaType = "application/octet-stream" },
                                },
                            },
                        ],
                    },
                };
            }
        }

        return new OpenApiRequestBody { Required = !responds.RequestOptional, Content = content, Description = description };
    }

    private static OpenApiResponse Success(ApiSchemas schemas, RespondsAttribute responds)
    {
        var response = new OpenApiResponse { Description = Describe(responds.Status) };
        if (responds.Body is { } body)
        {
            response.Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                ["application/json"] = new OpenApiMediaType { Schema = schemas.For(body, ApiSchemas.Direction.Response) },
            };
        }
        else if (responds.MediaType is { } mediaTypes)
        {
            response.Content = mediaTypes.Split(',', StringSplitOptions.TrimEntries).ToDictionary(
                mediaType => mediaType,
                mediaType => new OpenApiMediaType
                {
                    // JSON of another kind (GeoJSON) is an object too.
                    Schema = mediaType.EndsWith("json", StringComparison.Ordinal) ? new OpenApiSchema { Type = JsonSchemaType.Object } : new OpenApiSchema { Type = JsonSchemaType.String, ContentMediaType = mediaType },
                },
                StringComparer.Ordinal);
        }

        if (responds.Status is StatusCodes.Status201Created or StatusCodes.Status302Found)
        {
            response.Headers = new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal)
            {
                ["Location"] = new OpenApiHeader { Description = responds.Status == StatusCodes.Status302Found ? "Where the browser goes next." : "The new resource.", Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
            };
        }

        return response;
    }

    private static string Describe(Type type) =>
        type.IsGenericType && type.GetGenericArguments() is [var item] ? $"a list of {item.Name}" : type.Name;

    private static string Describe(int status) => status switch
    {
        StatusCodes.Status200OK => "OK.",
        StatusCodes.Status201Created => "Created.",
        StatusCodes.Status202Accepted => "Accepted: what follows happens by email or after a check by ES.",
        StatusCodes.Status204NoContent => "Done; nothing to answer.",
        StatusCodes.Status302Found => "A redirect for the browser.",
        _ => $"Status {status}.",
    };

    private static OpenApiResponse ProblemResponse(OpenApiDocument document, int status, IReadOnlyList<string> types)
    {
        var response = new OpenApiResponse
        {
            Description = $"A problem: {string.Join(", ", types)}.",
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                [Problems.ContentType] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchema
                    {
                        AllOf =
                        [
                            new OpenApiSchemaReference(Problem, document),
                            new OpenApiSchema
                            {
                                Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                                {
                                    ["type"] = new OpenApiSchema { Enum = [.. types.Select(type => (JsonNode)JsonValue.Create(type))] },
                                    ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Enum = [JsonValue.Create(status)] },
                                },
                            },
                        ],
                    },
                },
            },
        };
        if (status is StatusCodes.Status429TooManyRequests or StatusCodes.Status503ServiceUnavailable)
        {
            response.Headers = new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal)
            {
                ["Retry-After"] = new OpenApiHeader { Description = "Seconds until the next try (on a 503, only when a retry soon is likely to succeed).", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } },
            };
        }

        return response;
    }

    /// <summary>RFC 9457 with the portal's extensions: the correlation id always, field errors on a 400, rule codes on a refused password.</summary>
    private static OpenApiSchema ProblemSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Required = new HashSet<string>(StringComparer.Ordinal) { "type", "title", "status", "instance", "correlationId" },
        Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["type"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Format = "uri",
                Description = "What went wrong; each operation names the types it answers with. " + string.Join(" ", ProblemCatalog.Types.Select(t => $"{t.Key} ({t.Value.Status}): {t.Value.Meaning}")),
            },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["correlationId"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "A 400's fields, each with its messages.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
            ["rules"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Description = "A refused password's broken rules, as codes the UI words.",
                Items = new OpenApiSchema { Type = JsonSchemaType.String },
            },
        },
    };

    private sealed record AccessContract(string Description, List<OpenApiSecurityRequirement> Security, IReadOnlyList<string> Problems);

    /// <summary>What each access rule asks of the caller and how it refuses (the gates in Access/).</summary>
    private static AccessContract Access(OpenApiDocument document, AccessAttribute rule, bool unsafeMethod)
    {
        var session = Requirement(document, unsafeMethod ? [Session, XsrfHeader] : [Session]);
        var anyone = unsafeMethod ? Requirement(document, [XsrfHeader]) : [];
        return rule switch
        {
            AnonymousAttribute => new("anyone.", [anyone], []),
            ExternalCallbackAttribute => new("an outside party's signed answer; the function checks its signature or state.", [[]], []),
            OptionalSessionAttribute => new("anyone; a signed-in user's session is used when there is one.", [anyone, session], []),
            SignedInUserAttribute { Requirement: SessionRequirement.AllowPendingSteps } => new(
                "a signed-in user, also one who still has to change the password or accept new terms.", [session], [ProblemTypes.SessionRequired]),
            SignedInUserAttribute => new(
                "a signed-in user with no step pending.", [session], [ProblemTypes.SessionRequired, ProblemTypes.PasswordChangeRequired, ProblemTypes.TermsAcceptanceRequired]),
            ClientServiceAttribute service => ClientService(service.Rule, session),
            StaffRoleAttribute role => new(
                $"ES staff with the app role {role.Role}, by staff session or bearer token.",
                [session, Requirement(document, [StaffBearer], role.Role)],
                [ProblemTypes.StaffSignInRequired, ProblemTypes.StaffRoleRequired]),
            BackOfficeAttribute => new(
                $"the back office: a client-credentials bearer token with the app role {StaffRoles.BackOfficeWrite}.",
                [Requirement(document, [BackOfficeBearer], StaffRoles.BackOfficeWrite)],
                [ProblemTypes.StaffSignInRequired, ProblemTypes.StaffRoleRequired]),
            _ => throw new InvalidOperationException($"The document does not describe the access rule {rule.GetType().Name}: add it to {nameof(ApiDocument)}.{nameof(Access)}."),
        };
    }

    /// <summary>A client's service: the scope and the clients it is for, as <see cref="Portal.Core.Clients.ClientServices"/> and the client gate decide.</summary>
    private static AccessContract ClientService(Portal.Core.Clients.ClientServices.Rule rule, OpenApiSecurityRequirement session)
    {
        var problems = new List<string> { ProblemTypes.SessionRequired, ProblemTypes.PasswordChangeRequired, ProblemTypes.TermsAcceptanceRequired, ProblemTypes.ClientNotFound };
        var who = "a signed-in representative of the client in the path";
        if (rule.Scope is { } scope)
        {
            problems.Add(ProblemTypes.ScopeRequired);
            who += $" with the scope '{scope.Text()}'";
        }

        var forSome = rule.Kinds.Count < Enum.GetValues<Portal.Core.Clients.ClientKind>().Length || rule.Arrangements is not null || rule.NeedsRegisteredService;
        if (forSome)
        {
            problems.Add(ProblemTypes.ServiceNotAvailable);
            who += $"; not every client has it: {rule.Unavailable.TrimEnd('.')}";
        }

        return new($"{who}.", [session], problems);
    }

    private static OpenApiSecurityRequirement Requirement(OpenApiDocument document, IReadOnlyList<string> schemes, string? role = null)
    {
        var requirement = new OpenApiSecurityRequirement();
        foreach (var scheme in schemes)
        {
            requirement[new OpenApiSecuritySchemeReference(scheme, document)] = role is null || scheme is Session or XsrfHeader ? [] : [role];
        }

        return requirement;
    }

    private static Dictionary<string, IOpenApiSecurityScheme> SecuritySchemes() => new(StringComparer.Ordinal)
    {
        [Session] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = SessionCookie.Name,
            Description = "The session cookie a sign-in sets (HttpOnly, Secure, SameSite=Strict): a client user's, or a staff member's after the staff sign-in.",
        },
        [XsrfHeader] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = Xsrf.HeaderName,
            Description = $"On every state change by a browser: the value of the {Xsrf.CookieName} cookie any API answer sets. Bearer-token calls need none.",
        },
        [StaffBearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "An access token for the portal's app registration in ES's Microsoft Entra ID, carrying a staff app role.",
        },
        [BackOfficeBearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = $"A client-credentials token for the portal's app registration carrying the app role {StaffRoles.BackOfficeWrite}; a browser session never counts.",
        },
    };

    [GeneratedRegex(@"\{(?<name>[A-Za-z0-9_]+)(?::[^}?]*)?\??\}")]
    private static partial Regex RouteParameter();
}
