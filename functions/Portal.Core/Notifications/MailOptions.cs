using System.ComponentModel.DataAnnotations;

namespace Portal.Core.Notifications;

/// <summary>The SMTP relay the portal sends its emails through (a local mail catcher in development).</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    [Required(ErrorMessage = "Missing setting: Mail:SmtpHost.")]
    public string SmtpHost { get; set; } = "";

    [Range(1, 65535, ErrorMessage = "Setting Mail:SmtpPort must be a port number (1-65535).")]
    public int SmtpPort { get; set; }

    [Required(ErrorMessage = "Missing setting: Mail:FromAddress.")]
    [EmailAddress(ErrorMessage = "Setting Mail:FromAddress must be an email address.")]
    public string FromAddress { get; set; } = "";

    /// <summary>SMTP user where the relay wants one (none for the local mail catcher).</summary>
    public string? UserName { get; set; }

    /// <summary>Its password: from Key Vault in Azure, never from a committed file.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// Development only: send in the clear when the relay offers no STARTTLS (the local mail catcher).
    /// Otherwise every connection is encrypted - STARTTLS, or TLS from the start on port 465 - or no
    /// mail is sent; start-up refuses this setting outside Development.
    /// </summary>
    public bool AllowUnencrypted { get; set; }
}
