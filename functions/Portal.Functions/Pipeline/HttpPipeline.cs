using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Outcomes;
using Portal.Core.Storage;
using Portal.Functions.Access;

namespace Portal.Functions.Pipeline;

/// <summary>
/// What happens around every HTTP function, in Azure (from the worker middleware) and in the dev host
/// alike: a correlation id, the security headers, a logging scope, the anti-forgery check, the
/// function's access rule, and failures turned into problems.
/// </summary>
public sealed class HttpPipeline(PortalStorage storage, IAccessGate access, Throttle throttle, IOptions<ThrottlingOptions> throttling, ILogger<HttpPipeline> logger)
{
    /// <param name="rule">The function's access rule (<see cref="FunctionAccess"/>), checked before it runs.</param>
    /// <param name="routeValue">The request's route values by name.</param>
    /// <param name="routeKeys">The function's route values that name stored things (<see cref="RouteKeys"/>).</param>
    /// <param name="limits">The function's body limit and per-address throttle (<see cref="RequestLimits"/>), both before its body is read.</param>
    public async Task<IActionResult> RunAsync(
        HttpContext http, AccessAttribute rule, Func<string, string?> routeValue, Func<Task<IActionResult>> invoke, IReadOnlyList<string>? routeKeys = null,
        RequestLimits? limits = null)
    {
        var correlationId = CorrelationId.Establish(http);
        SecurityHeaders.Apply(http.Response, SecurityHeaders.Api);
        Xsrf.EnsureCookie(http);
        using var scope = logger.BeginScope("CorrelationId:{CorrelationId}", correlationId);
        try
        {
            // An outside party's signed answer cannot carry the browser's token; it proves itself instead.
            // The back office calls with a bearer token only, which a cross-site form cannot send.
            if (rule is not (ExternalCallbackAttribute or BackOfficeAttribute) && !Xsrf.Allows(http.Request, bearerAuthenticates: rule is StaffRoleAttribute))
            {
                return Problems.Forbidden(http, ProblemTypes.XsrfTokenMissing, "The request lacks its anti-forgery token.",
                    $"Reload the page and try again; state changes must echo the {Xsrf.CookieName} cookie in the {Xsrf.HeaderName} header.");
            }

            if (RouteKeys.FirstUnusable(routeKeys ?? [], routeValue) is { } unusable)
            {
                return Problems.NotFound(http, ProblemTypes.NotFound, $"There is no such {unusable}.");
            }

            limits ??= RequestLimits.None;
            if (limits.MaxBodyBytes is { } maxBytes && !LimitedBody.TryBound(http.Request, maxBytes))
            {
                return Problems.PayloadTooLarge(http, maxBytes);
            }

            // Counted here, once, before the body is read: a request refused later (bad body, wrong password) has used its turn too.
            var counted = limits.ThrottleRouteKey is { } key ? routeValue(key) ?? "" : ClientInfo.IpAddress(http);
            if (limits.Throttle is { } limit && !await throttle.TryHitAsync(limit, counted, throttling.Value, http.RequestAborted))
            {
                return Problems.TooManyRequests(http, limit.Window);
            }

            return await InvokeAsync(http, async () => await access.ProveAsync(http, rule, routeValue) ?? await invoke());
        }
        catch (Exception exception) when (exception is RequestBodyTooLargeException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            return Problems.PayloadTooLarge(http, limits?.MaxBodyBytes ?? RequestLimits.DefaultMaxBodyBytes);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            PipelineLog.RequestAbandoned(logger, http.Request.Method, http.Request.Path);
            return new StatusCodeResult(StatusCodes.Status499ClientClosedRequest);
        }
        catch (InvalidContinuationTokenException exception)
        {
            return Problems.Validation(http, InvalidContinuationTokenException.Field, exception.Message);
        }
        catch (StorageContendedException exception)
        {
            PipelineLog.StorageContended(logger, http.Request.Method, http.Request.Path, exception);
            return Problems.Unavailable(
                http,
                ProblemTypes.StorageBusy,
                "Too many changes at once.",
                "What this request changes was being changed by many others at the same moment. Try again in a second.",
                retryAfter: TimeSpan.FromSeconds(1));
        }
        catch (Exception exception) when (StorageFailure.IsUnavailable(exception, http.RequestAborted) || StorageFailure.IsMissingStructure(exception))
        {
            PipelineLog.StorageUnavailable(logger, http.Request.Method, http.Request.Path, exception);
            return Problems.Unavailable(
                http,
                ProblemTypes.StorageUnavailable,
                "The portal is temporarily unavailable.",
                $"Try again in a few minutes. {Failure.OtherChannels}");
        }
        catch (Exception exception)
        {
            PipelineLog.RequestFailed(logger, http.Request.Method, http.Request.Path, exception);
            return Problems.ServerError(http);
        }
    }

    /// <summary>
    /// A store found empty under a running app (storage restored without its data, a wiped local
    /// Azurite) is prepared again; a read is then answered at once, a write is left for the caller to repeat.
    /// </summary>
    private async Task<IActionResult> InvokeAsync(HttpContext http, Func<Task<IActionResult>> invoke)
    {
        try
        {
            return await invoke();
        }
        catch (Exception exception) when (StorageFailure.IsMissingStructure(exception))
        {
            storage.Reset();
            PipelineLog.StorageReset(logger, http.Request.Method, http.Request.Path);
            if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
            {
                throw;
            }

            return await invoke();
        }
    }
}
