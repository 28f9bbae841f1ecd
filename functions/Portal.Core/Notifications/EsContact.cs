namespace Portal.Core.Notifications;

/// <summary>How to reach ES, in a line: the emails' signature and the reports' heading say it alike.</summary>
public static class EsContact
{
    public const string Lv = "Tālrunis 67332179, e-pasts info@vases.lv";
    public const string En = "Phone +371 67332179, email info@vases.lv";
}
