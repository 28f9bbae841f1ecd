using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Calendar;

public static class CalendarServices
{
    public static IServiceCollection AddCalendar(this IServiceCollection services)
    {
        services.AddSingleton<CalendarFeeds>();
        return services;
    }
}
