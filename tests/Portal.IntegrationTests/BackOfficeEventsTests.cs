using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Messaging.ServiceBus;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Moq;
using Portal.Core.BackOffice;
using Portal.Core.Notifications;

namespace Portal.IntegrationTests;

/// <summary>
/// Events to the back office (issue 4 §7) leave through the outbox: locally to an Azurite queue, in
/// Azure to a Service Bus topic, with the same contract (message id = outbox id, subject = type).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class BackOfficeEventsTests(PortalFixture portal)
{
    [Fact]
    public async Task RegistrationApprovedAndRepresentativeInvited_ArriveOnTheQueueOnceEach()
    {
        var staff = await portal.CreateStaffClientAsync("staff-operator-script");
        var email = $"events-{Guid.NewGuid():N}@example.lv";
        var admin = await Approved.NaturalPersonAsync(portal, staff, email, RegistrationReviewTests.NewPersonalCode(), "Zvaigzne-42x");
        var clientId = (await admin.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("clients")[0].GetProperty("id").GetString()!;
        var invitee = $"events-invitee-{Guid.NewGuid():N}@example.lv";
        (await admin.PostAsJsonAsync($"/api/clients/{clientId}/representatives/invitations", new { email = invitee, scopes = new[] { "finance" } })).EnsureSuccessStatusCode();

        await portal.Service<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        // A second run finds nothing more to publish: each event goes once.
        await portal.Service<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        var events = await DrainAsync();

        var approved = Assert.Single(events, e => e.Subject == BackOfficeEventTypes.RegistrationApproved && e.Data("email") == email);
        Assert.Equal(clientId, approved.Data("clientId"));
        var invited = Assert.Single(events, e => e.Subject == BackOfficeEventTypes.RepresentativeInvited && e.Data("email") == invitee);
        Assert.Equal(clientId, invited.Data("clientId"));
        Assert.Equal("finance", invited.Data("scopes"));
        Assert.Equal(32, invited.MessageId.Length);
        Assert.NotEqual(approved.MessageId, invited.MessageId);
    }

    [Fact]
    public async Task LargePayload_GoesToABlobAndTheMessageNamesIt()
    {
        var publisher = portal.Service<IBackOfficePublisher>();
        var json = JsonSerializer.Serialize(new BackOfficeEvent("test.large", DateTimeOffset.UtcNow, new Dictionary<string, string?> { ["text"] = new string('ā', 40_000) }), EventsJson.Default.BackOfficeEvent);
        var id = Guid.NewGuid().ToString("N");

        await publisher.PublishAsync(id, "test.large", json, CancellationToken.None);

        var message = Assert.Single(await DrainAsync(), e => e.MessageId == id);
        var blob = message.Envelope.GetProperty("applicationProperties").GetProperty(EventPayloads.BlobProperty).GetString()!;
        Assert.Equal($"backoffice-events/{id}.json", blob);
        var stored = await new BlobServiceClient(portal.Backends.Azurite.ConnectionString).GetBlobContainerClient("backoffice-events").GetBlobClient($"{id}.json").DownloadContentAsync();
        Assert.Equal(json, stored.Value.Content.ToString());
    }

    [Theory]
    [InlineData(100)]
    [InlineData(60_000)]
    public async Task ServiceBusPublisher_SendsWithTheOutboxIdAsMessageId_AndLargeBodiesByReference(int textLength)
    {
        var sent = new List<ServiceBusMessage>();
        var sender = new Mock<ServiceBusSender>();
        sender.Setup(s => s.CreateMessageBatchAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => ServiceBusModelFactory.ServiceBusMessageBatch(256 * 1024, sent));
        sender.Setup(s => s.SendMessagesAsync(It.IsAny<ServiceBusMessageBatch>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        var publisher = new ServiceBusPublisher(sender.Object, portal.Service<EventPayloads>());
        var json = JsonSerializer.Serialize(new BackOfficeEvent(BackOfficeEventTypes.ProfileChanged, DateTimeOffset.UtcNow, new Dictionary<string, string?> { ["address"] = new string('x', textLength) }), EventsJson.Default.BackOfficeEvent);
        var id = Guid.NewGuid().ToString("N");

        await publisher.PublishAsync(id, BackOfficeEventTypes.ProfileChanged, json, CancellationToken.None);

        sender.Verify(s => s.SendMessagesAsync(It.IsAny<ServiceBusMessageBatch>(), It.IsAny<CancellationToken>()), Times.Once);
        var message = Assert.Single(sent);
        Assert.Equal(id, message.MessageId);
        Assert.Equal(BackOfficeEventTypes.ProfileChanged, message.Subject);
        Assert.Equal("application/json", message.ContentType);
        if (textLength < 48 * 1024)
        {
            Assert.Equal(json, message.Body.ToString());
            Assert.False(message.ApplicationProperties.ContainsKey(EventPayloads.BlobProperty));
        }
        else
        {
            Assert.Equal($"backoffice-events/{id}.json", message.ApplicationProperties[EventPayloads.BlobProperty]);
            Assert.Contains($"{id}.json", message.Body.ToString(), StringComparison.Ordinal);
        }
    }

    private sealed record Received(string MessageId, string Subject, JsonElement Envelope, JsonElement Body)
    {
        public string? Data(string name) => Body.GetProperty("data").TryGetProperty(name, out var value) ? value.GetString() : null;
    }

    /// <summary>Takes every message off the local queue (no other test reads it).</summary>
    private async Task<List<Received>> DrainAsync()
    {
        var queue = new QueueClient(portal.Backends.Azurite.ConnectionString, "backoffice-events");
        var all = new List<Received>();
        while (true)
        {
            var batch = (await queue.ReceiveMessagesAsync(32)).Value;
            if (batch.Length == 0)
            {
                return all;
            }

            foreach (var message in batch)
            {
                var envelope = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(message.MessageText))).RootElement.Clone();
                var body = JsonDocument.Parse(envelope.GetProperty("body").GetString()!).RootElement.Clone();
                all.Add(new Received(envelope.GetProperty("messageId").GetString()!, envelope.GetProperty("subject").GetString()!, envelope, body));
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }
    }
}
