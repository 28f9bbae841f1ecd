using System.ComponentModel.DataAnnotations;

namespace Portal.Core.Payments.BankLink;

/// <summary>
/// The banks the portal has a bank-link agreement with, each under its id (<c>BankLink:Banks:{id}:…</c>, README "Connecting a
/// bank"), validated at start-up: a bank with an empty <see cref="BankLinkBankOptions.Url"/> is not configured.
/// </summary>
public sealed class BankLinkOptions : IValidatableObject
{
    public const string Section = "BankLink";

    /// <summary>The id of the dev host's own bank (<see cref="DevelopmentBank"/>).</summary>
    public const string DevelopmentBankId = "devbank";

    /// <summary>One bank's settings by its id: lower-case letters, digits and hyphens, the <c>{bank}</c> of the routes.</summary>
    public Dictionary<string, BankLinkBankOptions> Banks { get; set; } = [];

    /// <summary>
    /// Development only (start-up fails elsewhere): the dev host configures the bank <see cref="DevelopmentBankId"/> itself, with
    /// keys it makes at start, and answers its pages.
    /// </summary>
    public bool DevelopmentBank { get; set; }

    /// <summary>The configured banks, by id.</summary>
    public IEnumerable<KeyValuePair<string, BankLinkBankOptions>> Configured => Banks.Where(bank => bank.Value.Configured).OrderBy(bank => bank.Key, StringComparer.Ordinal);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (id, bank) in Banks)
        {
            foreach (var result in bank.Validate(id, DevelopmentBank && id == DevelopmentBankId))
            {
                yield return result;
            }
        }

        if (DevelopmentBank && !(Banks.GetValueOrDefault(DevelopmentBankId)?.Configured ?? false))
        {
            yield return new ValidationResult(
                $"Setting {Section}:DevelopmentBank is on but no bank {DevelopmentBankId} is configured: only the dev host has the development bank.", [nameof(DevelopmentBank)]);
        }
    }
}
