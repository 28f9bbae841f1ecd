namespace Portal.Functions.Pipeline;

/// <summary>The proxies whose X-Forwarded-For the portal believes (in Azure, the Functions host in front of the worker).</summary>
public sealed class ForwardingOptions
{
    public const string Section = "Network";

    public IList<string> TrustedProxies { get; } = [];

    /// <summary>
    /// The id of the portal's Azure Front Door profile (its X-Azure-FDID). When set, a request through a
    /// trusted proxy that carries this id is counted by the front door's X-Azure-SocketIP.
    /// </summary>
    public string? FrontDoorId { get; set; }
}
