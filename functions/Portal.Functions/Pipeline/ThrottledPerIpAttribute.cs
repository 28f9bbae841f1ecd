using Portal.Core.Storage;

namespace Portal.Functions.Pipeline;

/// <summary>
/// The function's command counts uses of this per-address limit (<see cref="IpThrottle"/>); the
/// pipeline refuses an address that has spent it with a 429 before the body is read.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class ThrottledPerIpAttribute(string name) : Attribute
{
    public IpThrottle Throttle { get; } = IpThrottle.Named(name);
}
