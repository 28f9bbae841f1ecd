using System.Text.Json.Nodes;
using Microsoft.Extensions.FileProviders;

namespace Portal.DevHost;

/// <summary>
/// Serves the built UI as Azure Static Web Apps would: the global headers and navigation fallback
/// of its staticwebapp.config.json, so the CSP the browser tests see is the one deployed.
/// </summary>
public sealed class StaticWebApp(string root, IReadOnlyDictionary<string, string> globalHeaders, string fallback)
{
    public const string ConfigFile = "staticwebapp.config.json";

    public string Root { get; } = root;

    /// <summary>The headers every file and page of the UI is served with.</summary>
    public IReadOnlyDictionary<string, string> GlobalHeaders { get; } = globalHeaders;

    /// <summary>The same site with forms let through to <paramref name="targets"/> as well (the payment providers': <see cref="FormActionPolicy"/>).</summary>
    public StaticWebApp WithFormActions(IEnumerable<Uri> targets)
    {
        var list = targets.ToList();
        return new StaticWebApp(Root, GlobalHeaders.ToDictionary(
            header => header.Key,
            header => header.Key.Equals(FormActionPolicy.HeaderName, StringComparison.OrdinalIgnoreCase) ? FormActionPolicy.With(header.Value, list) : header.Value,
            StringComparer.OrdinalIgnoreCase), fallback);
    }

    public static StaticWebApp? Find(string? configuredRoot)
    {
        var root = configuredRoot ?? FindUp(AppContext.BaseDirectory, Path.Combine("static-web", "dist"));
        if (root is null || !File.Exists(Path.Combine(root, "index.html")))
        {
            return null;
        }

        var configPath = Path.Combine(root, ConfigFile);
        var config = File.Exists(configPath) ? JsonNode.Parse(File.ReadAllText(configPath)) : null;
        var headers = config?["globalHeaders"]?.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>())
            ?? [];
        var fallback = config?["navigationFallback"]?["rewrite"]?.GetValue<string>() ?? "/index.html";
        return new StaticWebApp(Path.GetFullPath(root), headers, fallback);
    }

    /// <param name="headers">The headers to serve, when they are known only once the app runs (the payment providers'); else <see cref="GlobalHeaders"/>.</param>
    public void MapTo(WebApplication app, string apiPrefix, Func<IReadOnlyDictionary<string, string>>? headers = null)
    {
        var files = new PhysicalFileProvider(Root);
        app.Use(async (http, next) =>
        {
            if (!IsApi(http.Request.Path, apiPrefix))
            {
                foreach (var (name, value) in headers?.Invoke() ?? GlobalHeaders)
                {
                    http.Response.Headers[name] = value;
                }
            }

            await next(http);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });

        // A deep link (/terms) is a page of the single-page app, not a file: answer with the app.
        app.MapFallback("{*path:nonfile}", async http =>
        {
            if (IsApi(http.Request.Path, apiPrefix))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.SendFileAsync(files.GetFileInfo(fallback.TrimStart('/')));
        });
    }

    private static bool IsApi(PathString path, string apiPrefix) =>
        apiPrefix.Length > 0 && path.StartsWithSegments("/" + apiPrefix, StringComparison.OrdinalIgnoreCase);

    private static string? FindUp(string start, string relative)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
