using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Staff;

public static class StaffServices
{
    public static IServiceCollection AddStaff(this IServiceCollection services)
    {
        services.AddSingleton<UserAdministration>();
        services.AddSingleton<PendingStaffSignIns>();
        return services;
    }
}
