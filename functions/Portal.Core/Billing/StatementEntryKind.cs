namespace Portal.Core.Billing;

public enum StatementEntryKind
{
    Invoice,
    CreditNote,
    Payment,
}
