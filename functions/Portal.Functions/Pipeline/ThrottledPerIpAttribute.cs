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
