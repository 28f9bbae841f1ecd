using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Portal.Functions.Staff;

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
