using Microsoft.Extensions.Options;

namespace Portal.Core.Notifications;

/// <summary>Builds links to the portal's pages for emails.</summary>
public sealed class PortalOptionsAccessor(IOptions<PortalOptions> options)
{
    public string LinkTo(string pathAndQuery) => options.Value.LinkTo(pathAndQuery);
}
