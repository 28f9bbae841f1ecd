using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Core.Outcomes;
using Portal.Core.Privacy;
using Portal.Core.Storage;
using Portal.Functions.Access;
using Portal.Functions.Pipeline;

namespace Portal.UnitTests.Pipeline;

public sealed class HttpPipelineTests
{
    private readonly StubGate _gate = new();
    private readonly HttpPipeline _pipeline;

    public HttpPipelineTests()
    {
        var storage = new PortalStorage(new StorageClients(Options.Create(new StorageOptions { ConnectionString = "UseDevelopmentStorage=true" })), [], NullLogger<PortalStorage>.Instance);
        _pipeline = new(
            storage,
            _gate,
            new Throttle(storage, new RetentionIndex(storage, Options.Create(new RetentionOptions())), TimeProvider.System),
            Options.Create(new ThrottlingOptions()),
            NullLogger<HttpPipeline>.Instance);
    }

    [Fact]
    public async Task RunAsync_Success_ReturnsTheFunctionsResultWithHeaders()
    {
        var http = Get();
        var ok = new OkResult();

        var result = await RunAsync(http, () => Task.FromResult<IActionResult>(ok));

        Assert.Same(ok, result);
        foreach (var (name, value) in SecurityHeaders.Api)
        {
            Assert.Equal(value, http.Response.Headers[name]);
        }

        Assert.Matches("^[0-9a-f]{32}$", http.Response.Headers[CorrelationId.Header].ToString());
    }

    [Fact]
    public async Task RunAsync_Bug_Returns500ProblemWithoutDetailsOfTheBug()
    {
        var http = Get();

        var result = await RunAsync(http, () => throw new InvalidOperationException("secret internals"));

        var problem = AssertProblem(result, StatusCodes.Status500InternalServerError);
        Assert.DoesNotContain("secret internals", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(http.Response.Headers[CorrelationId.Header].ToString(), problem.Extensions["correlationId"]);
    }

    [Fact]
    [Trait("Clause", "15.8")]
    [Trait("Clause", "33")]
    public async Task RunAsync_StorageDown_Returns503ProblemNamingOtherChannels()
    {
        var http = Get();

        var result = await RunAsync(http, () => throw new RequestFailedException(0, "connection refused"));

        var problem = AssertProblem(result, StatusCodes.Status503ServiceUnavailable);
        Assert.Equal(ProblemTypes.StorageUnavailable, problem.Type);
        Assert.Contains("67332179", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ARowTooBusyToChange_Returns503WithRetryAfter()
    {
        var http = Get();

        var result = await RunAsync(http, () => throw new StorageContendedException("The throttle count", Contention.MaxConflicts));

        var problem = AssertProblem(result, StatusCodes.Status503ServiceUnavailable);
        Assert.Equal(ProblemTypes.StorageBusy, problem.Type);
        Assert.Equal("1", http.Response.Headers.RetryAfter.ToString());
    }

    [Fact]
    public async Task RunAsync_ClientWentAway_Returns499()
    {
        using var aborted = new CancellationTokenSource();
        var http = Get();
        http.RequestAborted = aborted.Token;
        await aborted.CancelAsync();

        var result = await RunAsync(http, () => throw new OperationCanceledException(aborted.Token));

        Assert.Equal(StatusCodes.Status499ClientClosedRequest, Assert.IsType<StatusCodeResult>(result).StatusCode);
    }

    [Fact]
    public async Task RunAsync_ReadFindsTablesGone_PreparesStorageAgainAndAnswers()
    {
        var http = Get();
        http.Request.Method = "GET";
        var calls = 0;

        var result = await RunAsync(http, () => ++calls == 1
            ? throw new RequestFailedException(404, "gone", "TableNotFound", null)
            : Task.FromResult<IActionResult>(new OkResult()));

        Assert.IsType<OkResult>(result);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task RunAsync_WriteFindsTablesGone_IsNotRepeatedAndAnswers503()
    {
        var http = Post(xsrfCookie: "token-1", xsrfHeader: "token-1");
        var calls = 0;

        var result = await RunAsync(http, () =>
        {
            calls++;
            throw new RequestFailedException(404, "gone", "TableNotFound", null);
        });

        AssertProblem(result, StatusCodes.Status503ServiceUnavailable);
        Assert.Equal(1, calls);
    }

    [Theory]
    [InlineData("abcdef0123456789", true)]
    [InlineData("trace-from.a_script", true)]
    [InlineData("short", false)]
    [InlineData("has space inside it", false)]
    [InlineData("line\r\nInjected: header", false)]
    public void Establish_IncomingId_KeptOnlyWhenSafe(string incoming, bool kept)
    {
        var http = Get();
        http.Request.Headers[CorrelationId.Header] = incoming;

        var id = CorrelationId.Establish(http);

        Assert.Equal(kept, id == incoming);
        Assert.Equal(id, http.Response.Headers[CorrelationId.Header].ToString());
        Assert.Equal(id, CorrelationId.Of(http));
    }

    [Theory]
    [Trait("Clause", "19")]
    [InlineData(null, null)]
    [InlineData("token-1", null)]
    [InlineData("token-1", "token-2")]
    [InlineData(null, "token-1")]
    public async Task RunAsync_StateChangeWithoutMatchingXsrfToken_403(string? cookie, string? header)
    {
        var http = Post(cookie, header);
        var invoked = false;

        var result = await RunAsync(http, () =>
        {
            invoked = true;
            return Task.FromResult<IActionResult>(new OkResult());
        });

        Assert.Equal(ProblemTypes.XsrfTokenMissing, AssertProblem(result, StatusCodes.Status403Forbidden).Type);
        Assert.False(invoked);
    }

    [Fact]
    public async Task RunAsync_StateChangeEchoingTheToken_Runs()
    {
        var result = await RunAsync(Post("token-1", "token-1"), () => Task.FromResult<IActionResult>(new OkResult()));

        Assert.IsType<OkResult>(result);
    }

    [Fact]
    public async Task RunAsync_BearerCall_ToAStaffRoute_NeedsNoXsrfToken()
    {
        var http = Post(null, null);
        http.Request.Headers.Authorization = "Bearer eyJ.script.token";

        var result = await _pipeline.RunAsync(http, new StaffRoleAttribute(Portal.Core.Staff.StaffRoles.Operator), _ => null, () => Task.FromResult<IActionResult>(new OkResult()));

        Assert.IsType<OkResult>(result);
    }

    [Fact]
    public async Task RunAsync_BearerHeader_OnARouteThatDoesNotTakeBearers_StillNeedsTheXsrfToken()
    {
        var http = Post(null, null);
        http.Request.Headers.Authorization = "Bearer eyJ.script.token";

        var result = await RunAsync(http, () => Task.FromResult<IActionResult>(new OkResult()));

        Assert.Equal(StatusCodes.Status403Forbidden, Assert.IsType<ObjectResult>(result).StatusCode);
    }

    [Fact]
    public async Task RunAsync_BrowserWithoutToken_IsGivenOne()
    {
        var http = Get();

        await RunAsync(http, () => Task.FromResult<IActionResult>(new OkResult()));

        var cookie = http.Response.Headers.SetCookie.ToString();
        Assert.StartsWith($"{Xsrf.CookieName}=", cookie, StringComparison.Ordinal);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RunAsync_GateRefuses_AnswersItsRefusalWithoutRunningTheFunction()
    {
        var refusal = new UnauthorizedResult();
        _gate.Answer = refusal;
        var invoked = false;

        var result = await _pipeline.RunAsync(Get(), new SignedInUserAttribute(), _ => null, () =>
        {
            invoked = true;
            return Task.FromResult<IActionResult>(new OkResult());
        });

        Assert.Same(refusal, result);
        Assert.False(invoked);
    }

    [Fact]
    public async Task RunAsync_Gate_IsGivenTheFunctionsRuleAndRouteValues()
    {
        var rule = new ClientServiceAttribute(Portal.Core.Clients.ClientServices.Invoices);

        await _pipeline.RunAsync(Get(), rule, name => name == "clientId" ? "c1" : null, () => Task.FromResult<IActionResult>(new OkResult()));

        Assert.Same(rule, _gate.Rule);
        Assert.Equal("c1", _gate.ClientId);
    }

    [Fact]
    public async Task RunAsync_XsrfRefusal_ComesBeforeTheGate()
    {
        var result = await _pipeline.RunAsync(Post(null, null), new SignedInUserAttribute(), _ => null, () => Task.FromResult<IActionResult>(new OkResult()));

        Assert.Equal(ProblemTypes.XsrfTokenMissing, AssertProblem(result, StatusCodes.Status403Forbidden).Type);
        Assert.Null(_gate.Rule);
    }

    [Fact]
    public async Task RunAsync_ExternalCallback_NeedsNoXsrfToken()
    {
        var result = await _pipeline.RunAsync(Post(null, null), new ExternalCallbackAttribute(), _ => null, () => Task.FromResult<IActionResult>(new OkResult()));

        Assert.IsType<OkResult>(result);
    }

    [Fact]
    public void Proven_WhatTheRuleDidNotProve_Throws()
    {
        var http = Get();

        var error = Assert.Throws<InvalidOperationException>(() => http.Request.Proven<SignedIn>());

        Assert.Contains(nameof(SignedIn), error.Message, StringComparison.Ordinal);
    }

    private Task<IActionResult> RunAsync(HttpContext http, Func<Task<IActionResult>> invoke) =>
        _pipeline.RunAsync(http, new AnonymousAttribute(), _ => null, invoke);

    private static DefaultHttpContext Get()
    {
        var http = new DefaultHttpContext();
        http.Request.Method = "GET";
        return http;
    }

    private static DefaultHttpContext Post(string? xsrfCookie, string? xsrfHeader)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = "POST";
        if (xsrfCookie is not null)
        {
            http.Request.Headers.Cookie = $"{Xsrf.CookieName}={xsrfCookie}";
        }

        if (xsrfHeader is not null)
        {
            http.Request.Headers[Xsrf.HeaderName] = xsrfHeader;
        }

        return http;
    }

    private static ProblemDetails AssertProblem(IActionResult result, int status)
    {
        var objectResult = Assert.IsType<ObjectResult>(result);
        Assert.Equal(status, objectResult.StatusCode);
        Assert.Contains(Problems.ContentType, objectResult.ContentTypes);
        var problem = Assert.IsAssignableFrom<ProblemDetails>(objectResult.Value);
        Assert.Equal(status, problem.Status);
        return problem;
    }

    /// <summary>A gate that lets every call through unless told to answer something else, and remembers what it was asked.</summary>
    private sealed class StubGate : IAccessGate
    {
        public IActionResult? Answer { get; set; }

        public AccessAttribute? Rule { get; private set; }

        public string? ClientId { get; private set; }

        public Task<IActionResult?> ProveAsync(HttpContext http, AccessAttribute rule, Func<string, string?> routeValue)
        {
            Rule = rule;
            ClientId = routeValue("clientId");
            return Task.FromResult(Answer);
        }
    }
}
