namespace Portal.Functions.Contract;

/// <summary>The running app's OpenAPI documents, made once from the functions.metadata beside it.</summary>
public sealed class ApiDocuments
{
    private readonly Lazy<Task<string>> _all;
    private readonly Lazy<Task<string>> _backOffice;

    public ApiDocuments()
    {
        var functions = new Lazy<IReadOnlyList<FunctionMetadata>>(() => FunctionMetadata.Load(AppContext.BaseDirectory));
        _all = new(() => ApiDocument.JsonAsync(functions.Value, ApiDocument.Part.All));
        _backOffice = new(() => ApiDocument.JsonAsync(functions.Value, ApiDocument.Part.BackOffice));
    }

    public Task<string> JsonAsync(ApiDocument.Part part) => part == ApiDocument.Part.BackOffice ? _backOffice.Value : _all.Value;
}
