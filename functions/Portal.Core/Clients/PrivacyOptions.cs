using System.ComponentModel.DataAnnotations;

namespace Portal.Core.Clients;

public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>The key local.settings.json.example carries so that a local start works as copied; refused outside Development.</summary>
    public const string SampleKey = "bG9jYWwtZGV2ZWxvcG1lbnQtb25seS1zYW1wbGUta2V5IQ==";

    /// <summary>
    /// The HMAC key (base64, at least 32 bytes) under which personal codes appear in keys and
    /// indexes: the code itself is never a key (docs/ARCHITECTURE.md). ./dev up makes one per machine.
    /// </summary>
    [Required(ErrorMessage = "Missing setting: Privacy:PersonalCodeKey (base64, 32 bytes or more).")]
    [MinLength(44, ErrorMessage = "Privacy:PersonalCodeKey must be base64 of 32 bytes or more.")]
    public string PersonalCodeKey { get; set; } = "";
}
