using System.Net;
using Portal.Functions.Pipeline;

namespace Portal.Testing;

/// <summary>Does what the UI does: echoes the anti-forgery cookie in its header of every state change.</summary>
public sealed class XsrfHandler(CookieContainer cookies) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head && !request.Headers.Contains(Xsrf.HeaderName))
        {
            var token = Token(request.RequestUri!);
            if (token is null)
            {
                // Like a browser that opens a page before it posts: any API answer hands out the token.
                using var first = await base.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(request.RequestUri!, "/api/health")), cancellationToken);
                token = Token(request.RequestUri!);
            }

            request.Headers.Add(Xsrf.HeaderName, token);
        }

        return await base.SendAsync(request, cancellationToken);
    }

    private string? Token(Uri uri) => cookies.GetCookies(uri)[Xsrf.CookieName]?.Value;
}
