namespace Portal.DevHost.BankLink;

/// <summary>
/// The development bank's answers server to server: POSTed as a form with an HttpClient to the portal's
/// <c>…/api/payments/{bank}/notify</c> (the origin of the request's return address), at the time the developer chose.
/// </summary>
public sealed class DevBankDelivery(IHttpClientFactory clients, TimeProvider time, ILogger<DevBankDelivery> logger)
{
    /// <summary>The named HttpClient the deliveries use (a test points it at a handler of its own).</summary>
    public const string ClientName = "dev-bank";

    public static readonly TimeSpan AfterBy = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan LateBy = TimeSpan.FromSeconds(10);

    /// <summary>Where the bank sends its server answers: the return address's origin, <c>/api/payments/{bank}/notify</c>.</summary>
    public static Uri NotifyAddress(Uri returnAddress, string bank)
    {
        ArgumentNullException.ThrowIfNull(returnAddress);
        return new Uri(new Uri(returnAddress.GetLeftPart(UriPartial.Authority)), $"/api/payments/{bank}/notify");
    }

    /// <summary>
    /// Sends the answer as <paramref name="when"/> says: the deliveries before the browser's are made before this returns, with their
    /// statuses (null: no answer from the portal); the later one runs on, and is the task returned beside them.
    /// </summary>
    public async Task<(IReadOnlyList<int?> Before, Task Later)> DeliverAsync(
        DevBankServerAnswer when, Uri notify, IReadOnlyList<KeyValuePair<string, string>> fields, CancellationToken stopping)
    {
        switch (when)
        {
            case DevBankServerAnswer.Before:
                return ([await PostAsync(notify, fields, stopping)], Task.CompletedTask);
            case DevBankServerAnswer.Twice:
                return ([await PostAsync(notify, fields, stopping), await PostAsync(notify, fields, stopping)], Task.CompletedTask);
            case DevBankServerAnswer.Late or DevBankServerAnswer.After:
                // The wait begins now, with this page; the answer follows it on its own.
                var wait = Task.Delay(when == DevBankServerAnswer.Late ? LateBy : AfterBy, time, stopping);
                return ([], PostAfterAsync(wait, notify, fields, stopping));
            default:
                return ([], Task.CompletedTask);
        }
    }

    private async Task PostAfterAsync(Task wait, Uri notify, IReadOnlyList<KeyValuePair<string, string>> fields, CancellationToken stopping)
    {
        await wait;
        await PostAsync(notify, fields, stopping);
    }

    private async Task<int?> PostAsync(Uri notify, IReadOnlyList<KeyValuePair<string, string>> fields, CancellationToken cancellationToken)
    {
        try
        {
            using var content = new FormUrlEncodedContent(fields);
            using var response = await clients.CreateClient(ClientName).PostAsync(notify, content, cancellationToken);
            DevHostLog.BankAnswerDelivered(logger, notify, (int)response.StatusCode);
            return (int)response.StatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            DevHostLog.BankAnswerUndelivered(logger, notify, exception);
            return null;
        }
    }
}
