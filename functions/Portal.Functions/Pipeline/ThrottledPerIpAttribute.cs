using Portal.Core.Storage;

namespace Portal.Functions.Pipeline;

/// <summary>
/// The function's per-address limit (<see cref="IpThrottle"/>): the pipeline counts each request against it
/// before the body is read, and refuses an address that has spent it with a 429; the function counts nothing.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class ThrottledPerIpAttribute(string name) : Attribute
{
    public IpThrottle Throttle { get; } = IpThrottle.Named(name);
}

/// <summary>
/// A function's limit counted per value of one route parameter (<paramref name="routeKey"/>) rather than per address: a payment
/// provider's answers (<see cref="IpThrottle.PaymentAnswer"/>), which come from its servers and from every payer's browser.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class ThrottledPerRouteAttribute(string name, string routeKey) : Attribute
{
    public IpThrottle Throttle { get; } = IpThrottle.Named(name);

    public string RouteKey { get; } = routeKey;
}
