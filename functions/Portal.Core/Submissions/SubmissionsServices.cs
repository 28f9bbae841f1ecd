using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Submissions;

public static class SubmissionsServices
{
    public static IServiceCollection AddSubmissions(this IServiceCollection services)
    {
        services.AddSingleton(FormCatalog.Shipped);
        services.AddSingleton<Submissions>();
        services.AddSingleton<SubmissionAttachments>();
        services.AddSingleton<ReceiptNumbers>();
        services.AddSingleton<SubmissionSender>();
        services.AddSingleton<PortalFeedback>();
        services.AddSingleton<SubmissionHistory>();
        services.AddSingleton<SubmissionNotices>();
        services.AddSingleton<SubmissionStatusFeed>();
        services.AddSingleton<SubmissionAnswers>();
        services.AddSingleton<SubmissionWithdrawal>();
        services.AddSingleton<SubmissionDocuments>();
        return services;
    }
}
