namespace Portal.DevHost;

public sealed class DevHostOptions
{
    public const string Section = "DevHost";

    /// <summary>Tests switch timers off and call timer functions themselves with fake time.</summary>
    public bool RunTimers { get; set; } = true;

    /// <summary>Whether queue-triggered functions take their messages (tests that do not need them switch them off).</summary>
    public bool RunQueues { get; set; } = true;

    /// <summary>The built UI (static-web/dist); found by walking up from the app when not set.</summary>
    public string? StaticWebRoot { get; set; }
}
