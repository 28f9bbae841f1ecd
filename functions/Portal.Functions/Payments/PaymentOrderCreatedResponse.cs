using Portal.Core.Payments;

namespace Portal.Functions.Payments;

/// <summary>The order made, and the form the browser posts to the bank (its address and fields, in order) to pay it.</summary>
public sealed record PaymentOrderCreatedResponse(PaymentOrderItem Order, PaymentFormItem Form);

/// <param name="Action">The bank's address the form is posted to.</param>
public sealed record PaymentFormItem(string Action, IReadOnlyList<PaymentFormField> Fields)
{
    public static PaymentFormItem Of(ProviderForm form) => new(form.Action.AbsoluteUri, [.. form.Fields.Select(f => new PaymentFormField(f.Key, f.Value))]);
}

public sealed record PaymentFormField(string Name, string Value);
