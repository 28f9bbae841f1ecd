using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Portal.Core.Outcomes;
using Portal.Functions.Access;
using Portal.Functions.Contract;
using Portal.Testing;

namespace Portal.IntegrationTests;

/// <summary>
/// The OpenAPI document the portal serves: valid OpenAPI 3.1, every HTTP function in it with its
/// method and route, the back office's part on its own. That every answer the tests receive agrees
/// with it is checked by the test client itself (<see cref="ContractCheckHandler"/>).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ApiDocumentTests(PortalFixture portal)
{
    [Fact]
    public async Task OpenApiJson_IsAValidOpenApi31Document_TheSameTheBuildWrote()
    {
        var response = await portal.CreateClient().GetAsync("/api/openapi.json");
        response.EnsureSuccessStatusCode();
        var served = await response.Content.ReadAsStringAsync();

        var read = OpenApiDocument.Parse(served, "json");
        Assert.Empty(read.Diagnostic!.Errors.Select(e => $"{e.Pointer}: {e.Message}"));
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, read.Diagnostic.SpecificationVersion);
        Assert.Empty(read.Document!.Validate(ValidationRuleSet.GetDefaultRuleSet())!.Select(e => $"{e.Pointer}: {e.Message}"));

        // The build writes the same document beside the Function App.
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(RepoPaths.FunctionAppOutput, ApiDocument.FileName)), served);
    }

    [Fact]
    public void EveryHttpFunction_IsAnOperation_AtItsRouteAndMethods_AndNothingElseIs()
    {
        var functions = FunctionMetadata.Load(AppContext.BaseDirectory).Where(f => f.IsHttp).ToList();
        var paths = ApiContract.Current.Document["paths"]!.AsObject();

        var expected = new List<string>();
        foreach (var function in functions.Where(f => !f.Trigger.Route!.StartsWith("{*", StringComparison.Ordinal)))
        {
            foreach (var method in function.Trigger.Methods!)
            {
                var operation = paths[ApiDocument.PathOf(function.Trigger.Route!)]?[method] as JsonObject;
                Assert.True(operation is not null, $"{function.Name} ({method.ToUpperInvariant()} {function.Trigger.Route}) is not in the document.");
                Assert.StartsWith(function.Name, operation["operationId"]!.GetValue<string>(), StringComparison.Ordinal);
                expected.Add($"{method} {ApiDocument.PathOf(function.Trigger.Route!)}");
            }
        }

        var listed = paths.SelectMany(p => p.Value!.AsObject().Select(o => $"{o.Key} {p.Key}"));
        Assert.Equal(expected.Order(), listed.Order());

        // Only the catch-all is left out, and it answers route-not-found for what no operation has.
        var left = Assert.Single(functions, f => f.Trigger.Route!.StartsWith("{*", StringComparison.Ordinal));
        Assert.Equal("RouteNotFound", left.Name);
    }

    [Fact]
    public void AFunctionWithoutItsDeclaration_StopsTheDocument()
    {
        var method = typeof(ApiDocumentTests).GetMethod(nameof(AFunctionWithoutItsDeclaration_StopsTheDocument))!;

        var refused = Assert.Throws<InvalidOperationException>(() => ApiDocument.Responds(method));

        Assert.Contains("declares no [Responds]", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBackOfficeDocument_HoldsExactlyTheBackOfficeOperations()
    {
        var response = await portal.CreateClient().GetAsync("/api/openapi/backoffice.json");
        response.EnsureSuccessStatusCode();
        var read = OpenApiDocument.Parse(await response.Content.ReadAsStringAsync(), "json");
        Assert.Empty(read.Diagnostic!.Errors);

        var backOffice = FunctionMetadata.Load(AppContext.BaseDirectory)
            .Where(f => f.IsHttp && FunctionAccess.Of(f.EntryPoint) is BackOfficeAttribute)
            .SelectMany(f => f.Trigger.Methods!.Select(m => $"{m.ToUpperInvariant()} {ApiDocument.PathOf(f.Trigger.Route!)}"));
        var listed = read.Document!.Paths.SelectMany(p => p.Value.Operations!.Keys.Select(m => $"{m.Method} {p.Key}"));
        Assert.NotEmpty(backOffice);
        Assert.Equal(backOffice.Order(), listed.Order());
        Assert.Equal("https://radioatlaujas.lv/problems/route-not-found", ProblemTypes.RouteNotFound);
        Assert.Equal($"{Portal.Core.BackOffice.BackOfficeContract.Version}", read.Document.Info.Version);
        // The feed's kind chooses its body: the path names each kind there is, and the body each takes.
        var feed = ApiContract.Current.Document["paths"]!["/api/backoffice/{kind}"]!["post"]!;
        var kind = feed["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "kind")!;
        Assert.Equal(Portal.Functions.BackOffice.FeedFunction.Kinds, kind["schema"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Contains("clients: a list of ClientRecord", feed["requestBody"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryProblemType_HasItsStatusAndMeaning()
    {
        var types = typeof(ProblemTypes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

        Assert.All(types, type => Assert.InRange(ProblemCatalog.Of(type).Status, 400, 599));
    }

    [Fact]
    public async Task AnAnswerTheDocumentDoesNotAllow_FailsTheCall()
    {
        // The check the test client makes on every answer, on answers the portal does not give.
        var contract = ApiContract.Current;

        Assert.Empty(contract.Check("GET", "/api/terms/current", HttpStatusCode.OK, "application/json", await portal.CreateClient().GetStringAsync("/api/terms/current")));
        Assert.Contains("does not list", Assert.Single(contract.Check("GET", "/api/terms/current", HttpStatusCode.Conflict, "application/problem+json", "{}")), StringComparison.Ordinal);
        Assert.Contains("schema refuses", Assert.Single(contract.Check("GET", "/api/health", HttpStatusCode.OK, "application/json", """{"status":"healthy"}""")), StringComparison.Ordinal);
        Assert.Contains("schema refuses", Assert.Single(contract.Check("GET", "/api/me", HttpStatusCode.Unauthorized, "application/problem+json",
            """{"type":"https://radioatlaujas.lv/problems/scope-required","title":"x","status":401,"instance":"/api/me","correlationId":"c"}""")), StringComparison.Ordinal);
        Assert.Contains("no operation", Assert.Single(contract.Check("GET", "/api/nowhere", HttpStatusCode.OK, "application/json", "{}")), StringComparison.Ordinal);
        // A date that is not one, and a body the browser could not read, whose media type is still checked.
        var terms = JsonNode.Parse(await portal.CreateClient().GetStringAsync("/api/terms/current"))!;
        terms["approvedOn"] = "30.11.2026";
        Assert.Contains("schema refuses", Assert.Single(contract.Check("GET", "/api/terms/current", HttpStatusCode.OK, "application/json", terms.ToJsonString())), StringComparison.Ordinal);
        Assert.Contains("text/html", Assert.Single(contract.Check("GET", "/api/terms/current", HttpStatusCode.OK, "text/html", null)), StringComparison.Ordinal);
        // Routing's choice: a literal segment before a parameter, among the paths that have the method.
        Assert.Equal("PendingInvitations", contract.Operation("get", "/api/clients/c1/representatives/invitations")!.Value.OperationId);
        Assert.Equal("RemoveRepresentative", contract.Operation("delete", "/api/clients/c1/representatives/invitations")!.Value.OperationId);
        Assert.Empty(contract.Check("GET", "/api/nowhere", HttpStatusCode.NotFound, "application/problem+json",
            """{"type":"https://radioatlaujas.lv/problems/route-not-found","title":"x","status":404,"instance":"/api/nowhere","correlationId":"c"}"""));
    }
}
