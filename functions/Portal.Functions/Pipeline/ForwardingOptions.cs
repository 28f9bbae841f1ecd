namespace Portal.Functions.Pipeline;

/// <summary>The proxies whose X-Forwarded-For the portal believes (in Azure, the Functions host in front of the worker).</summary>
public sealed class ForwardingOptions
{
    public const string Section = "Network";

    public IList<string> TrustedProxies { get; } = [];
}
