using System.Collections.Concurrent;
using System.Reflection;
using Portal.Core.Storage;
using Portal.Functions.Contract;

namespace Portal.Functions.Pipeline;

/// <summary>
/// What the pipeline holds a function's request to before the function reads it: the largest body it
/// takes (only a function that declares a body reads one) and the per-address throttle checked first.
/// </summary>
/// <param name="ThrottleRouteKey">The route parameter the throttle counts by; null: the caller's address.</param>
public sealed record RequestLimits(long? MaxBodyBytes, IpThrottle? Throttle, string? ThrottleRouteKey = null)
{
    /// <summary>A JSON body's limit unless the function declares more (<see cref="RespondsAttribute.RequestMaxBytes"/>).</summary>
    public const int DefaultMaxBodyBytes = 64 * 1024;

    public static RequestLimits None { get; } = new(null, null);

    private static readonly ConcurrentDictionary<MethodInfo, RequestLimits> _byMethod = new();

    public static RequestLimits Of(MethodInfo method) => _byMethod.GetOrAdd(method, static m =>
    {
        var responds = m.GetCustomAttribute<RespondsAttribute>();
        var perRoute = m.GetCustomAttribute<ThrottledPerRouteAttribute>();
        return new RequestLimits(
            responds is { TakesBody: true } ? Math.Max(responds.RequestMaxBytes, DefaultMaxBodyBytes) : null,
            m.GetCustomAttribute<ThrottledPerIpAttribute>()?.Throttle ?? perRoute?.Throttle,
            perRoute?.RouteKey);
    });
}
