using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Core;
using Azure.Identity;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Portal.Core.Notifications;
using Portal.Core.Staff;
using Portal.Core.Storage;

namespace Portal.Functions.Staff;

/// <summary>
/// Staff sign-in in the browser: the OpenID Connect authorization-code flow with PKCE, run by two
/// functions because the isolated worker has no authentication middleware. The ID token is
/// validated with the very parameters Microsoft.Identity.Web uses for bearer tokens (same keys,
/// issuer rules and audience), so only the authority differs between this machine and Azure.
/// </summary>
public sealed class StaffSignIn(
    IOptionsMonitor<JwtBearerOptions> bearer,
    IOptionsMonitor<MicrosoftIdentityOptions> identity,
    IOptions<StaffIdentityOptions> options,
    IOptions<PortalOptions> portal,
    IHttpClientFactory httpClients,
    PendingStaffSignIns pendingSignIns,
    TimeProvider time)
{
    public const string CallbackPath = "/api/staff/auth/callback";

    /// <summary>The browser-binding cookie: the callback must come back to the browser that began.</summary>
    public const string StateCookie = "__Host-portal-staff-state";

    public static readonly TimeSpan Validity = TimeSpan.FromMinutes(10);

    private static readonly string[] _assertionScopes = ["api://AzureADTokenExchange/.default"];

    private string ClientId => identity.Get(JwtBearerDefaults.AuthenticationScheme).ClientId
        ?? throw new InvalidOperationException("Missing setting: AzureAd:ClientId.");

    /// <summary>Starts a sign-in: returns where to send the browser and the state to bind to it.</summary>
    public async Task<(string Redirect, string State)> BeginAsync(string returnTo, bool silent, CancellationToken cancellationToken)
    {
        var configuration = await ConfigurationAsync(cancellationToken);
        var state = RandomTokens.New();
        var nonce = RandomTokens.New();
        var verifier = RandomTokens.New();
        await pendingSignIns.AddAsync(state, new PendingStaffSignIn(nonce, verifier, returnTo, time.GetUtcNow() + Validity), cancellationToken);

        var query = QueryString.Create(new Dictionary<string, string?>
        {
            ["client_id"] = ClientId,
            ["response_type"] = "code",
            ["redirect_uri"] = portal.Value.LinkTo(CallbackPath),
            ["response_mode"] = "query",
            ["scope"] = "openid profile email",
            ["state"] = state,
            ["nonce"] = nonce,
            ["code_challenge"] = RandomTokens.Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))),
            ["code_challenge_method"] = "S256",
        });
        if (silent)
        {
            query = query.Add("prompt", "none");
        }

        // As a string: Uri.ToString() would undo the query's escaping.
        return (configuration.AuthorizationEndpoint + query.ToUriComponent(), state);
    }

    /// <summary>Finishes a sign-in: the state is used up, the code redeemed, the ID token validated.</summary>
    public async Task<StaffSignInOutcome> CompleteAsync(string state, string code, CancellationToken cancellationToken)
    {
        // Used once: a replayed callback finds nothing.
        if (await pendingSignIns.TakeAsync(state, cancellationToken) is not { } pending)
        {
            return new StaffSignInOutcome.Failed("expired");
        }

        var idToken = await RedeemAsync(code, pending.CodeVerifier, cancellationToken);
        if (idToken is null)
        {
            return new StaffSignInOutcome.Failed("failed");
        }

        var jwt = bearer.Get(JwtBearerDefaults.AuthenticationScheme);
        var configuration = await ConfigurationAsync(cancellationToken);
        var parameters = jwt.TokenValidationParameters.Clone();
        parameters.IssuerSigningKeys = configuration.SigningKeys;
        // An ID token is for the portal's client itself, whatever token version the tenant issues.
        parameters.AudienceValidator = null;
        parameters.ValidAudiences = [ClientId];
        var result = await jwt.TokenHandlers[0].ValidateTokenAsync(idToken, parameters);
        if (!result.IsValid || !result.Claims.TryGetValue("nonce", out var nonce) || nonce as string != pending.Nonce)
        {
            return new StaffSignInOutcome.Failed("failed");
        }

        var staff = StaffMember.FromClaims(new System.Security.Claims.ClaimsPrincipal(result.ClaimsIdentity), isScript: false);
        return staff.IsStaff ? new StaffSignInOutcome.Succeeded(staff, pending.ReturnTo) : new StaffSignInOutcome.Failed("no-role");
    }

    private async Task<string?> RedeemAsync(string code, string verifier, CancellationToken cancellationToken)
    {
        var configuration = await ConfigurationAsync(cancellationToken);
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = ClientId,
            ["code"] = code,
            ["redirect_uri"] = portal.Value.LinkTo(CallbackPath),
            ["code_verifier"] = verifier,
        };
        if (options.Value.ClientSecret is { Length: > 0 } secret)
        {
            form["client_secret"] = secret;
        }
        else
        {
            // A federated identity credential: the managed identity's token stands in for a secret.
            var credential = new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(
                options.Value.ManagedIdentityClientId ?? throw new InvalidOperationException("Missing setting: StaffIdentity:ManagedIdentityClientId.")));
            var assertion = await credential.GetTokenAsync(new TokenRequestContext(_assertionScopes), cancellationToken);
            form["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
            form["client_assertion"] = assertion.Token;
        }

        using var response = await httpClients.CreateClient(nameof(StaffSignIn)).PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(form), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return body.RootElement.TryGetProperty("id_token", out var token) ? token.GetString() : null;
    }

    private async Task<OpenIdConnectConfiguration> ConfigurationAsync(CancellationToken cancellationToken)
    {
        var manager = bearer.Get(JwtBearerDefaults.AuthenticationScheme).ConfigurationManager
            ?? throw new InvalidOperationException("The bearer validation has no OpenID configuration manager.");
        return await manager.GetConfigurationAsync(cancellationToken);
    }
}
