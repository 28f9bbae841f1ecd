using System.ComponentModel.DataAnnotations;

namespace Portal.Core.Clients;

public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>
    /// The HMAC key (base64, at least 32 bytes) under which personal codes appear in keys and
    /// indexes: the code itself is never a key (docs/ARCHITECTURE.md). ./dev up makes one per machine.
    /// </summary>
    [Required(ErrorMessage = "Missing setting: Privacy:PersonalCodeKey (base64, 32 bytes or more).")]
    [MinLength(44, ErrorMessage = "Privacy:PersonalCodeKey must be base64 of 32 bytes or more.")]
    public string PersonalCodeKey { get; set; } = "";
}
