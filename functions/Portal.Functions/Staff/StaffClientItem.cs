using Portal.Core.Clients;

namespace Portal.Functions.Staff;

public sealed record StaffClientItem(
    string Id, string Name, string Kind, string? RegistrationNumber, string? ExternalId, string BillingArrangement, IReadOnlyList<string> Services, bool SelfServiceInvitations)
{
    public static StaffClientItem From(Client client) => new(
        client.Id, client.Name, client.Kind.Text(), client.RegistrationNumber, client.ExternalId, client.BillingArrangement, client.Services, client.SelfServiceInvitations);
}
