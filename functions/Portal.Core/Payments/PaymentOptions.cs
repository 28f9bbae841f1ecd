using System.ComponentModel.DataAnnotations;

namespace Portal.Core.Payments;

/// <summary>Payment orders, whatever the provider (section <c>Payments</c>).</summary>
public sealed class PaymentOptions
{
    public const string Section = "Payments";

    /// <summary>The currency orders are made in (ISO 4217); the providers' answers must carry it.</summary>
    [RegularExpression("^[A-Z]{3}$", ErrorMessage = "Setting Payments:Currency must be an ISO 4217 code such as EUR.")]
    public string Currency { get; set; } = "EUR";

    /// <summary>Days a paid order may wait for the back office's booking before staff are shown it.</summary>
    [Range(1, 60, ErrorMessage = "Setting Payments:BookingDays must be 1-60.")]
    public int BookingDays { get; set; } = 5;

    /// <summary>Invoices one order may pay.</summary>
    [Range(1, 50, ErrorMessage = "Setting Payments:MaxInvoices must be 1-50.")]
    public int MaxInvoices { get; set; } = 30;

    /// <summary>Orders a client may have pending or paid and unbooked at once.</summary>
    [Range(1, 20, ErrorMessage = "Setting Payments:MaxOrdersInFlight must be 1-20.")]
    public int MaxOrdersInFlight { get; set; } = 10;

    /// <summary>The largest top-up, in euros.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Setting Payments:MaxTopUp must be 1-1000000 (euros).")]
    public decimal MaxTopUp { get; set; } = 100_000m;
}
