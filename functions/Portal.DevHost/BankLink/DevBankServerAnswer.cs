namespace Portal.DevHost.BankLink;

/// <summary>When the development bank sends its answer server to server (<c>VK_AUTO=Y</c>), as the developer chose on its page.</summary>
public enum DevBankServerAnswer
{
    /// <summary>Once, before the browser gets its answer (the usual order).</summary>
    Before,

    /// <summary>Twice, both before the browser's answer: settlement must take it once.</summary>
    Twice,

    /// <summary>Once, <see cref="DevBankDelivery.LateBy"/> after the browser's page: long after the payer is back.</summary>
    Late,

    /// <summary>Once, <see cref="DevBankDelivery.AfterBy"/> after the browser's page: just after the payer is back.</summary>
    After,

    /// <summary>Never: only the browser's answer comes, which alone proves nothing.</summary>
    Never,
}
