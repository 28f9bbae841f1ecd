using Portal.Core.Payments;

namespace Portal.Functions.Payments;

/// <param name="Action">The bank's address the form is posted to.</param>
public sealed record PaymentFormItem(string Action, IReadOnlyList<PaymentFormField> Fields)
{
    public static PaymentFormItem Of(ProviderForm form) => new(form.Action.AbsoluteUri, [.. form.Fields.Select(f => new PaymentFormField(f.Key, f.Value))]);
}
