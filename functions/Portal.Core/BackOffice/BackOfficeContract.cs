namespace Portal.Core.BackOffice;

/// <summary>The back-office contract the feed speaks (docs/backoffice-contract.md); every feed answer names its version.</summary>
public static class BackOfficeContract
{
    /// <summary>Raised with every change of the contract, recorded under "Changes" in the document.</summary>
    public const int Version = 1;
}
