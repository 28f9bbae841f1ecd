using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Portal.Functions.Staff;

/// <summary>
/// How staff sign in. Tokens are validated by Microsoft.Identity.Web from the "AzureAd" section
/// (Instance, TenantId, ClientId: the portal's one app registration); this section adds what the
/// browser sign-in needs to redeem a code, and the development identity provider.
/// </summary>
public sealed class StaffIdentityOptions
{
    public const string Section = "StaffIdentity";

    /// <summary>Locally, the development provider's client secret (./dev up makes one per run). Never set in Azure.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// In Azure, the user-assigned identity whose token is the client assertion (a federated identity
    /// credential on the app registration): no secret to keep or rotate.
    /// </summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Development only: the issuer URL of the local OpenID provider standing in for Entra ID.</summary>
    public string? DevelopmentAuthority { get; set; }
}

internal sealed class StaffIdentityOptionsValidation(IHostEnvironment environment) : IValidateOptions<StaffIdentityOptions>
{
    public ValidateOptionsResult Validate(string? name, StaffIdentityOptions options) =>
        options.DevelopmentAuthority is not null && !environment.IsDevelopment()
            ? ValidateOptionsResult.Fail($"StaffIdentity:DevelopmentAuthority is set in the {environment.EnvironmentName} environment; the development identity provider is accepted only in Development.")
        : options.ClientSecret is not null && !environment.IsDevelopment()
            ? ValidateOptionsResult.Fail($"StaffIdentity:ClientSecret is set in the {environment.EnvironmentName} environment; in Azure the portal redeems codes with its managed identity (StaffIdentity:ManagedIdentityClientId).")
        : ValidateOptionsResult.Success;
}

/// <summary>
/// Development only: points Microsoft.Identity.Web's bearer validation at the local provider
/// (metadata over http, its issuer accepted). Everything else about validation - audience, keys,
/// lifetime - stays as in Azure.
/// </summary>
internal sealed class StaffBearerOptions(IOptions<StaffIdentityOptions> options, IHostEnvironment environment)
    : IConfigureNamedOptions<JwtBearerOptions>, IPostConfigureOptions<JwtBearerOptions>
{
    public void Configure(JwtBearerOptions bearer) => Configure(Options.DefaultName, bearer);

    /// <summary>Before the bearer handler checks its own options: the local provider speaks http.</summary>
    public void Configure(string? name, JwtBearerOptions bearer)
    {
        if (IsDevelopmentProvider(name))
        {
            bearer.RequireHttpsMetadata = false;
        }
    }

    public void PostConfigure(string? name, JwtBearerOptions bearer)
    {
        if (!IsDevelopmentProvider(name))
        {
            return;
        }

        var issuer = options.Value.DevelopmentAuthority!.TrimEnd('/');
        bearer.Authority = issuer;
        bearer.MetadataAddress = $"{issuer}/.well-known/openid-configuration";
        bearer.RequireHttpsMetadata = false;
        bearer.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
            bearer.MetadataAddress, new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever { RequireHttps = false });
        bearer.TokenValidationParameters.ValidIssuer = issuer;
        bearer.TokenValidationParameters.IssuerValidator = (tokenIssuer, _, _) =>
            tokenIssuer == issuer ? tokenIssuer : throw new SecurityTokenInvalidIssuerException($"The issuer {tokenIssuer} is not the development provider.");
    }

    private bool IsDevelopmentProvider(string? name) =>
        name == JwtBearerDefaults.AuthenticationScheme && options.Value.DevelopmentAuthority is not null && environment.IsDevelopment();
}
