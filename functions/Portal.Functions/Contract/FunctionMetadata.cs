using System.Text.Json;

namespace Portal.Functions.Contract;

/// <summary>One entry of the functions.metadata file the Functions SDK writes at build, the same file the Azure host reads.</summary>
public sealed record FunctionMetadata(string Name, string ScriptFile, string EntryPoint, IReadOnlyList<FunctionBinding> Bindings)
{
    public const string FileName = "functions.metadata";

    public FunctionBinding Trigger => Bindings.Single(b => b.Type.EndsWith("Trigger", StringComparison.Ordinal));

    public bool IsHttp => Trigger.Type == "httpTrigger";

    public bool IsTimer => Trigger.Type == "timerTrigger";

    public bool IsQueue => Trigger.Type == "queueTrigger";

    public static IReadOnlyList<FunctionMetadata> Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{FileName} was not found beside the dev host; build the solution so the Function App generates it.", path);
        }

        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize(stream, FunctionMetadataJson.Default.IReadOnlyListFunctionMetadata)
            ?? throw new InvalidDataException($"{path} is empty.");
    }
}
