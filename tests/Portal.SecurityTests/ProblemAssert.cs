using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Functions.Pipeline;

namespace Portal.SecurityTests;

internal static class ProblemAssert
{
    /// <summary>The answer is a problem of this status and type; gives its body.</summary>
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(Problems.ContentType, response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(type, problem.GetProperty("type").GetString());
        return problem;
    }
}
