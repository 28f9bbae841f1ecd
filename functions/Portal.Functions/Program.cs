using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Portal.Functions;
using Portal.Functions.Pipeline;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<PortalFunctionsMiddleware>();
builder.Services.AddPortal(builder.Configuration);
builder.Build().Run();
