using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Portal.Core.Clients;
using Portal.Core.Permits;
using Portal.Core.Submissions;

namespace Portal.UnitTests.Submissions;

public sealed class FormCatalogTests
{
    private static readonly Client _company = new("c1", "SIA Stacijas", ClientKind.Legal, "40001234567", DateTimeOffset.UnixEpoch);

    [Fact]
    public void ShippedForms_LoadWithEveryKindAtItsNewestVersion()
    {
        var catalog = FormCatalog.Shipped;

        Assert.Equal(["amateur-station", "amendment", "cancellation", "extension", "fixed-link-installation", "free-form", "usage-permit"], catalog.Newest.Select(f => f.Kind));
        Assert.All(catalog.Newest, f => Assert.Equal(f.Kind, f.Json.GetProperty("kind").GetString()));
        Assert.Contains(catalog.Find("fixed-link-installation", 1)!.Fields, f => f is { Path: "station.frequencies.emission", Input: "text" });
    }

    [Fact]
    public void Offers_FollowTheClientsKindAndRegisteredServices()
    {
        var catalog = FormCatalog.Shipped;

        Assert.Equal(["amateur-station", "free-form"], catalog.OfferedTo(_company).Select(f => f.Kind));
        Assert.Equal(["amateur-station", "amendment", "cancellation", "extension", "free-form", "usage-permit"], catalog.OfferedTo(_company with { Services = [ServiceKind.Broadcasting] }).Select(f => f.Kind));
        Assert.Equal(7, catalog.OfferedTo(_company with { Services = [ServiceKind.FixedLinks] }).Count);
        Assert.True(catalog.NewestOf("amendment")!.BeginsFromPermit);
        Assert.Equal(new FormDeadline("installedOn", 5), catalog.NewestOf("usage-permit")!.Deadline);
    }

    /// <summary>A small form file that passes, to break one way at a time.</summary>
    private static JsonObject Form() => JsonNode.Parse("""
        {
          "kind": "test", "version": 2,
          "title": { "lv": "Tests", "en": "Test" }, "description": { "lv": "Apraksts", "en": "About" },
          "offeredTo": { "clientKinds": ["legal"], "registeredService": null },
          "steps": [ { "id": "one", "title": { "lv": "Viens", "en": "One" }, "fields": [
            { "path": "colour", "input": "select", "label": { "lv": "Krāsa", "en": "Colour" }, "options": { "red": { "lv": "Sarkana", "en": "Red" } } },
            { "path": "items", "input": "list", "label": { "lv": "Lietas", "en": "Items" }, "itemLabel": { "lv": "Lieta", "en": "Item" }, "fields": [
              { "path": "name", "input": "text", "label": { "lv": "Nosaukums", "en": "Name" } } ] } ] } ],
          "schema": { "type": "object", "additionalProperties": false, "properties": {
            "colour": { "enum": ["red"] },
            "items": { "type": "array", "items": { "type": "object", "properties": { "name": { "type": "string" } } } } } }
        }
        """)!.AsObject();

    private static FormDefinition Check(JsonObject form, string file = "test.v2") =>
        new FormFileCheck([]).Form(file, JsonDocument.Parse(form.ToJsonString()).RootElement, new SchemaRegistry());

    [Fact]
    public void FormFile_ThatAgreesWithItself_Passes()
    {
        var form = Check(Form());

        Assert.Equal([("colour", "select"), ("items", "list"), ("items.name", "text")], form.Fields.Select(f => (f.Path, f.Input)));
    }

    [Theory]
    [InlineData("name", "test.v3", "named test.v2.json")]
    [InlineData("label", "", "label has no en text")]
    [InlineData("notInSchema", "", "items.size is not a property")]
    [InlineData("notLaidOut", "", "property shade is in no step")]
    [InlineData("options", "", "options (red, blue) are not its schema's enum (red)")]
    [InlineData("input", "", "the input slider")]
    [InlineData("service", "", "registeredService is none of")]
    [InlineData("snapshot", "", "snapshot fields but nothing fills them")]
    [InlineData("beginsFrom", "", "begins from a permit but lays out no snapshot field permitId")]
    [InlineData("deadline", "", "deadline.from colour is no top-level date field")]
    public void FormFile_ThatDisagreesWithItself_StopsTheCatalog(string fault, string file, string why)
    {
        var form = Form();
        var fields = form["steps"]![0]!["fields"]!.AsArray();
        switch (fault)
        {
            case "label":
                fields[0]!["label"]!.AsObject().Remove("en");
                break;
            case "notInSchema":
                fields[1]!["fields"]!.AsArray().Add(JsonNode.Parse("""{ "path": "size", "input": "number", "label": { "lv": "Izmērs", "en": "Size" } }"""));
                break;
            case "notLaidOut":
                form["schema"]!["properties"]!["shade"] = JsonNode.Parse("""{ "type": "string" }""");
                break;
            case "options":
                fields[0]!["options"]!["blue"] = JsonNode.Parse("""{ "lv": "Zila", "en": "Blue" }""");
                break;
            case "input":
                fields[0]!["input"] = "slider";
                break;
            case "service":
                form["offeredTo"]!["registeredService"] = "telepathy";
                break;
            case "snapshot":
                fields[0]!["input"] = "snapshot";
                break;
            case "beginsFrom":
                form["beginsFrom"] = "permit";
                break;
            case "deadline":
                form["deadline"] = JsonNode.Parse("""{ "from": "colour", "workingDays": 5 }""");
                break;
        }

        var exception = Assert.Throws<InvalidOperationException>(() => Check(form, file.Length == 0 ? "test.v2" : file));
        Assert.Contains(why, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"a":[{"b":{"c":1}}]}""", "/a/0/b/c", "a[0].b.c")]
    [InlineData("""{"a":{"0":1}}""", "/a/0", "a.0")]
    [InlineData("""{"a/b":{"c~d":1}}""", "/a~1b/c~0d", "a/b.c~d")]
    [InlineData("""{}""", "", "")]
    public void PathOf_WritesAPointerAsTheApisFieldPath(string content, string pointer, string path) =>
        Assert.Equal(path, FormValidation.PathOf(JsonDocument.Parse(content).RootElement, pointer));
}
