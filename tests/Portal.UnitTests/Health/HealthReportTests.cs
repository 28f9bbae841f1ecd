using Portal.Core.Health;

namespace Portal.UnitTests.Health;

public sealed class HealthReportTests
{
    private static DependencyHealth Up(string name, bool critical) => new(name, HealthStatus.Healthy, critical, 1, null);

    private static DependencyHealth Down(string name, bool critical) =>
        new(name, critical ? HealthStatus.Unhealthy : HealthStatus.Degraded, critical, 1, "unreachable");

    [Fact]
    public void From_AllUp_Healthy()
    {
        Assert.Equal(HealthStatus.Healthy, HealthReport.From([Up("tables", true), Up("mail", false)]).Status);
    }

    [Fact]
    public void From_OnlyMailDown_Degraded()
    {
        Assert.Equal(HealthStatus.Degraded, HealthReport.From([Up("tables", true), Down("mail", false)]).Status);
    }

    [Fact]
    public void From_StorageDown_Unhealthy()
    {
        Assert.Equal(HealthStatus.Unhealthy, HealthReport.From([Down("tables", true), Up("mail", false)]).Status);
    }
}
