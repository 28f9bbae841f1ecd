using System.ComponentModel.DataAnnotations;

namespace Portal.Core.Notifications;

/// <summary>Where the portal's UI is reached: links in emails point there.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    [Required(ErrorMessage = "Missing setting: Portal:PublicBaseUrl.")]
    public Uri? PublicBaseUrl { get; set; }

    public string LinkTo(string pathAndQuery) => new Uri(PublicBaseUrl!, pathAndQuery).ToString();
}
