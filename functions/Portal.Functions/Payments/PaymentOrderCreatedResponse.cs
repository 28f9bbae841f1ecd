namespace Portal.Functions.Payments;

/// <summary>The order made, and the form the browser posts to the bank (its address and fields, in order) to pay it.</summary>
public sealed record PaymentOrderCreatedResponse(PaymentOrderItem Order, PaymentFormItem Form);
