namespace Portal.Core.Accounts;

public enum AccountStatus
{
    Active,
    Blocked,
    Terminated,

    /// <summary>Approved by ES, waiting for the user to set a password through the activation link.</summary>
    AwaitingActivation,
}
