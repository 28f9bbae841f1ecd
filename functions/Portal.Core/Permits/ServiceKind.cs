using System.Text.Json.Serialization;

namespace Portal.Core.Permits;

/// <summary>The kinds of radio service a client may have registered (§7); the words are the API's and the back office's.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ServiceKind>))]
public enum ServiceKind
{
    [JsonStringEnumMemberName("land-mobile")]
    LandMobile,

    [JsonStringEnumMemberName("fixed-links")]
    FixedLinks,

    [JsonStringEnumMemberName("broadcasting")]
    Broadcasting,

    [JsonStringEnumMemberName("satellite-earth-stations")]
    SatelliteEarthStations,

    [JsonStringEnumMemberName("maritime")]
    Maritime,

    [JsonStringEnumMemberName("aeronautical")]
    Aeronautical,

    [JsonStringEnumMemberName("amateur")]
    Amateur,
}
