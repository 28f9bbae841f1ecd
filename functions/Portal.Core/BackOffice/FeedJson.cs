using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Core.Billing;
using Portal.Core.Permits;
using Portal.Core.Clients;

namespace Portal.Core.BackOffice;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(InvoiceRecord))]
[JsonSerializable(typeof(PaymentRecord))]
[JsonSerializable(typeof(Dictionary<string, long>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(IReadOnlyList<Allocation>))]
[JsonSerializable(typeof(IReadOnlyList<InvoiceLine>))]
[JsonSerializable(typeof(ClientRecord))]
[JsonSerializable(typeof(BillingAccountRecord))]
[JsonSerializable(typeof(PermitRecord))]
[JsonSerializable(typeof(IReadOnlyList<StationRecord>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class FeedJson : JsonSerializerContext;
