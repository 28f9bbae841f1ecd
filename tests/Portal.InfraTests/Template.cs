using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Portal.InfraTests;

/// <summary>main.bicep compiled once (bicep build), read the way ARM will: modules, their resources and parameters.</summary>
internal sealed partial class Template
{
    private static readonly Lazy<Task<Template>> _compiled = new(async () =>
    {
        var (exitCode, output, errors) = await Bicep.RunAsync("build", "main.bicep", "--stdout");
        return exitCode == 0 ? new Template(JsonDocument.Parse(output).RootElement, errors) : throw new InvalidOperationException(errors);
    });

    private Template(JsonElement root, string warnings)
    {
        Root = root;
        Warnings = warnings;
    }

    public JsonElement Root { get; }

    /// <summary>What bicep build wrote to standard error.</summary>
    public string Warnings { get; }

    public static Task<Template> CompileAsync() => _compiled.Value;

    public static IReadOnlyList<JsonElement> Resources(JsonElement template)
    {
        var resources = template.GetProperty("resources");
        return resources.ValueKind == JsonValueKind.Object ? [.. resources.EnumerateObject().Select(p => p.Value)] : [.. resources.EnumerateArray()];
    }

    public IEnumerable<string> ModuleNames =>
        Resources(Root).Where(r => r.GetProperty("type").GetString() == "Microsoft.Resources/deployments").Select(r => r.GetProperty("name").GetString()!);

    /// <summary>The deployment of a module, as main.bicep declares it (its parameters' values are main's expressions).</summary>
    public JsonElement Deployment(string module) =>
        Resources(Root).Single(r => r.GetProperty("type").GetString() == "Microsoft.Resources/deployments" && r.GetProperty("name").GetString() == module);

    public JsonElement Module(string module) => Deployment(module).GetProperty("properties").GetProperty("template");

    /// <summary>The expression main.bicep passes to a module's parameter.</summary>
    public string Argument(string module, string parameter) =>
        Deployment(module).GetProperty("properties").GetProperty("parameters").GetProperty(parameter).GetProperty("value").ToString();

    public IReadOnlyList<JsonElement> ResourcesOf(string module, string type) =>
        [.. Resources(Module(module)).Where(r => r.GetProperty("type").GetString() == type)];

    /// <summary>A module's variable, with its value as compiled.</summary>
    public string Variable(string module, string name) => Module(module).GetProperty("variables").GetProperty(name).ToString();

    /// <summary>
    /// The Function App's settings, name by name, whatever shape the expression takes (createObject pairs, merged with union):
    /// each name with the expression that gives its value.
    /// </summary>
    public IReadOnlyDictionary<string, string> AppSettings()
    {
        var config = Assert.Single(ResourcesOf("functionapp", "Microsoft.Web/sites/config"));
        var expression = config.GetProperty("properties").GetString()!;
        var settings = new Dictionary<string, string>();
        foreach (Match call in CreateObject().Matches(expression))
        {
            var arguments = Arguments(expression, call.Index + call.Length);
            for (var i = 0; i + 1 < arguments.Count; i += 2)
            {
                settings[arguments[i].Trim('\'')] = arguments[i + 1];
            }
        }

        return settings;
    }

    /// <summary>The top-level arguments of the call whose "(" ends just before <paramref name="start"/>.</summary>
    private static List<string> Arguments(string expression, int start)
    {
        var arguments = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        var quoted = false;
        for (var i = start; i < expression.Length; i++)
        {
            var c = expression[i];
            if (quoted)
            {
                quoted = c != '\'';
            }
            else if (c == '\'')
            {
                quoted = true;
            }
            else if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']' && depth-- == 0)
            {
                break;
            }
            else if (c == ',' && depth == 0)
            {
                arguments.Add(current.ToString().Trim());
                current.Clear();
                continue;
            }

            current.Append(c);
        }

        if (current.Length > 0)
        {
            arguments.Add(current.ToString().Trim());
        }

        return arguments;
    }

    [GeneratedRegex(@"createObject\(")]
    private static partial Regex CreateObject();
}
