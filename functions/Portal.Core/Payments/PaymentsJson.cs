using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Core.Payments;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(List<InFlightOrder>))]
[JsonSerializable(typeof(List<PaymentOrderInvoice>))]
internal sealed partial class PaymentsJson : JsonSerializerContext;
