using Portal.Core.Permits;
using Portal.Core.Billing;
using Portal.Core.Clients;

namespace Portal.Functions.Staff;

public sealed record StaffClientItem(
    string Id, string Name, ClientKind Kind, string? RegistrationNumber, string? ExternalId, BillingArrangement? BillingArrangement, IReadOnlyList<ServiceKind> Services, bool SelfServiceInvitations)
{
    public static StaffClientItem From(Client client) => new(
        client.Id, client.Name, client.Kind, client.RegistrationNumber, client.ExternalId, client.BillingArrangement, client.Services, client.SelfServiceInvitations);
}
