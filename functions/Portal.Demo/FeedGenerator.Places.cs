using System.Text;

namespace Portal.Demo;

public static partial class FeedGenerator
{
    // The places, names and radio facts the generator draws from, and the geometry between places.
    private sealed record Town(string Name, string Genitive, string[] PostalCodes, string[] Streets, decimal Latitude, decimal Longitude);

    private sealed record Site(string Name, string Genitive, decimal Latitude, decimal Longitude, Town? Town);

    private sealed record Region(string Genitive, string[] Towns);

    private sealed record Line(string Noun, string[] Services);

    private sealed record Account(string Id, string Name, string Arrangement, DateOnly? ClosedOn);

    private sealed record Channel(decimal FrequencyMHz, decimal BandwidthKHz, string Emission);

    private sealed record Band(decimal LowStart, int Channels, decimal ShiftMHz);

    private static readonly Town[] _towns =
    [
        new("Rīga", "Rīgas", ["LV-1010", "LV-1011", "LV-1050", "LV-1039", "LV-1013", "LV-1073", "LV-1009"], ["Brīvības iela", "Krišjāņa Valdemāra iela", "Elizabetes iela", "Tērbatas iela", "Lāčplēša iela", "Dzirnavu iela", "Maskavas iela", "Krišjāņa Barona iela", "Ieriķu iela", "Krasta iela"], 56.949600m, 24.105200m),
        new("Liepāja", "Liepājas", ["LV-3401", "LV-3405", "LV-3407", "LV-3414"], ["Lielā iela", "Graudu iela", "Kuršu iela", "Zivju iela", "Ganību iela"], 56.504700m, 21.010800m),
        new("Ventspils", "Ventspils", ["LV-3601", "LV-3602", "LV-3604"], ["Ostas iela", "Kuldīgas iela", "Talsu iela", "Lielā iela"], 57.389400m, 21.560600m),
        new("Daugavpils", "Daugavpils", ["LV-5401", "LV-5403", "LV-5404", "LV-5417"], ["Rīgas iela", "Saules iela", "Cietokšņa iela", "18. novembra iela"], 55.874700m, 26.536200m),
        new("Jelgava", "Jelgavas", ["LV-3001", "LV-3002", "LV-3007"], ["Lielā iela", "Katoļu iela", "Akadēmijas iela", "Pasta iela"], 56.651100m, 23.721400m),
        new("Valmiera", "Valmieras", ["LV-4201", "LV-4202"], ["Rīgas iela", "Beātes iela", "Stacijas iela", "Cēsu iela"], 57.538500m, 25.426400m),
        new("Rēzekne", "Rēzeknes", ["LV-4601", "LV-4604"], ["Atbrīvošanas aleja", "Latgales iela", "Dārzu iela"], 56.509900m, 27.333100m),
        new("Cēsis", "Cēsu", ["LV-4101"], ["Raunas iela", "Rīgas iela", "Vaļņu iela", "Lenču iela"], 57.311900m, 25.270600m),
        new("Jūrmala", "Jūrmalas", ["LV-2015", "LV-2010", "LV-2008"], ["Jomas iela", "Dubultu prospekts", "Kauguru iela"], 56.968000m, 23.770400m),
        new("Kuldīga", "Kuldīgas", ["LV-3301"], ["Baznīcas iela", "Liepājas iela", "Pilsētas laukums"], 56.967700m, 21.961700m),
        new("Sigulda", "Siguldas", ["LV-2150"], ["Pils iela", "Ausekļa iela", "Gaujas iela"], 57.153700m, 24.859700m),
        new("Ogre", "Ogres", ["LV-5001"], ["Brīvības iela", "Mālkalnes prospekts", "Skolas iela"], 56.816200m, 24.614000m),
    ];

    private static readonly Site[] _sites =
    [
        .. _towns.Select(town => new Site(town.Name, town.Genitive, town.Latitude, town.Longitude, town)),
        new("Tukums", "Tukuma", 56.966900m, 23.155300m, null),
        new("Saldus", "Saldus", 56.663600m, 22.488100m, null),
        new("Talsi", "Talsu", 57.244700m, 22.588900m, null),
        new("Aizkraukle", "Aizkraukles", 56.604700m, 25.255300m, null),
        new("Jēkabpils", "Jēkabpils", 56.499000m, 25.857400m, null),
        new("Madona", "Madonas", 56.853600m, 26.216900m, null),
        new("Gulbene", "Gulbenes", 57.177200m, 26.752800m, null),
        new("Alūksne", "Alūksnes", 57.424400m, 27.047800m, null),
        new("Ludza", "Ludzas", 56.546100m, 27.718900m, null),
        new("Krāslava", "Krāslavas", 55.895000m, 27.168100m, null),
        new("Bauska", "Bauskas", 56.407900m, 24.194400m, null),
        new("Dobele", "Dobeles", 56.625800m, 23.278600m, null),
        new("Limbaži", "Limbažu", 57.513300m, 24.713600m, null),
        new("Smiltene", "Smiltenes", 57.424400m, 25.901700m, null),
        new("Preiļi", "Preiļu", 56.294200m, 26.724700m, null),
        new("Baldone", "Baldones", 56.742500m, 24.400000m, null),
        new("Kandava", "Kandavas", 57.034200m, 22.778100m, null),
        new("Olaine", "Olaines", 56.785000m, 23.938100m, null),
        new("Salaspils", "Salaspils", 56.861400m, 24.349700m, null),
        new("Ādaži", "Ādažu", 57.075000m, 24.323600m, null),
    ];

    private static readonly Region[] _regions =
    [
        new("Baltijas", ["Rīga"]), new("Kurzemes", ["Liepāja", "Ventspils", "Kuldīga"]), new("Latgales", ["Daugavpils", "Rēzekne"]),
        new("Vidzemes", ["Valmiera", "Cēsis", "Sigulda"]), new("Zemgales", ["Jelgava"]), new("Rīgas", ["Rīga"]),
        new("Daugavas", ["Ogre", "Daugavpils", "Rīga"]), new("Ziemeļu", ["Rīga", "Valmiera"]), new("Jūras", ["Jūrmala", "Liepāja", "Ventspils"]),
        new("Gaujas", ["Sigulda", "Cēsis", "Valmiera"]),
    ];

    private static readonly Line[] _lines =
    [
        new("Sakari", ["fixed-links", "land-mobile", "satellite-earth-stations"]),
        new("Radio", ["broadcasting", "fixed-links"]),
        new("Taksometri", ["land-mobile"]),
        new("Mežs", ["land-mobile", "aeronautical"]),
        new("Kuģniecība", ["maritime", "land-mobile"]),
        new("Satelīts", ["satellite-earth-stations", "fixed-links"]),
        new("Aviācija", ["aeronautical", "land-mobile"]),
        new("Tīkli", ["fixed-links", "land-mobile"]),
        new("Apsardze", ["land-mobile"]),
        new("Zvejnieks", ["maritime"]),
        new("Televīzija", ["broadcasting", "satellite-earth-stations", "fixed-links"]),
        new("Loģistika", ["land-mobile", "maritime"]),
    ];

    private static readonly (string Name, string Town)[] _ports =
        [("Jūrmalas ostas pārvalde", "Jūrmala"), ("Ventspils brīvostas pārvalde", "Ventspils"), ("Rīgas brīvostas pārvalde", "Rīga"), ("Liepājas ostas pārvalde", "Liepāja")];

    private static readonly string[] _municipalities = ["Valmiera", "Cēsis", "Ogre", "Sigulda", "Kuldīga", "Jelgava", "Rēzekne"];

    private static readonly string[] _maleNames =
        ["Jānis", "Andris", "Mārtiņš", "Edgars", "Pēteris", "Kārlis", "Juris", "Aivars", "Raimonds", "Guntis", "Valdis", "Artūrs", "Roberts", "Dainis", "Ēriks", "Oskars", "Uldis", "Gatis", "Reinis", "Toms"];

    private static readonly string[] _femaleNames =
        ["Līga", "Inese", "Ilze", "Kristīne", "Anna", "Dace", "Sandra", "Baiba", "Zane", "Evija", "Laura", "Ieva", "Inga", "Agnese", "Māra", "Gunta", "Rūta", "Elīna", "Santa", "Dzintra"];

    private static readonly (string Masculine, string Feminine)[] _surnames =
    [
        ("Kalniņš", "Kalniņa"), ("Ozols", "Ozola"), ("Bērziņš", "Bērziņa"), ("Liepiņš", "Liepiņa"), ("Krūmiņš", "Krūmiņa"),
        ("Jansons", "Jansone"), ("Kļaviņš", "Kļaviņa"), ("Zariņš", "Zariņa"), ("Pētersons", "Pētersone"), ("Vītols", "Vītola"),
        ("Balodis", "Balode"), ("Eglītis", "Eglīte"), ("Lapiņš", "Lapiņa"), ("Sproģis", "Sproģe"), ("Zvirbulis", "Zvirbule"),
        ("Celmiņš", "Celmiņa"), ("Grīnbergs", "Grīnberga"), ("Siliņš", "Siliņa"), ("Ābols", "Ābola"), ("Strautiņš", "Strautiņa"),
        ("Rozenbergs", "Rozenberga"), ("Krastiņš", "Krastiņa"),
    ];

    private static readonly string[] _personDomains = ["example.lv", "pasts.example.lv", "inbox.example.lv"];

    private static readonly string[] _vessels = ["Gauja", "Venta", "Lielupe", "Irbe", "Kolka", "Daugava", "Abava", "Salaca", "Bērzaune", "Rīdzene", "Ogre", "Amata"];

    private static readonly string[] _aircraft = ["Cessna 172", "Piper PA-28", "Robinson R44", "Aeroprakt A-22", "Diamond DA40"];

    private static readonly Channel[] _amateurChannels =
    [
        new(3.650m, 2.7m, "2K70J3E"), new(7.020m, 0.1m, "100HA1A"), new(7.100m, 2.7m, "2K70J3E"), new(14.050m, 0.1m, "100HA1A"),
        new(14.200m, 2.7m, "2K70J3E"), new(144.300m, 2.7m, "2K70J3E"), new(145.500m, 16m, "16K0F3E"), new(432.200m, 2.7m, "2K70J3E"),
        new(433.500m, 11m, "11K0F3E"),
    ];

    private static readonly decimal[] _aeronauticalMHz = [118.100m, 119.200m, 120.700m, 122.200m, 122.700m, 123.500m, 124.975m, 127.750m, 131.525m];

    private static readonly Channel[] _landMobileEmissions = [new(0, 7.6m, "7K60FXE"), new(0, 11m, "11K0F3E"), new(0, 16m, "16K0F3E"), new(0, 8.5m, "8K50F3E"), new(0, 12.5m, "12K5F3E")];

    private static readonly Channel[] _fixedLinkEmissions = [new(0, 7_000m, "7M00G7W"), new(0, 14_000m, "14M0G7W"), new(0, 28_000m, "28M0G7W"), new(0, 56_000m, "56M0D7W")];

    private static readonly Channel[] _satelliteEmissions = [new(0, 2_000m, "2M00G7W"), new(0, 8_000m, "8M00G7W"), new(0, 36_000m, "36M0G7W")];

    // Lower edge, channels of 3.5 MHz and the duplex shift: 7, 13, 15, 18, 23 and 38 GHz.
    private static readonly Band[] _fixedLinkBands =
        [new(7_128m, 36, 161m), new(12_751m, 66, 266m), new(14_501m, 96, 420m), new(17_700m, 280, 1_010m), new(22_000m, 170, 1_008m), new(37_058m, 320, 1_260m)];

    private static string Ascii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            builder.Append(c switch
            {
                'ā' => 'a', 'č' => 'c', 'ē' => 'e', 'ģ' => 'g', 'ī' => 'i', 'ķ' => 'k', 'ļ' => 'l',
                'ņ' => 'n', 'ō' => 'o', 'ŗ' => 'r', 'š' => 's', 'ū' => 'u', 'ž' => 'z', _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>Lower-case ascii letters and digits, words joined by hyphens: for mail domains.</summary>
    private static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in Ascii(text))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    private static Town TownNamed(string name) => _towns.First(town => town.Name == name);

    private static string Municipality(Town town) => $"{town.Genitive} novada pašvaldība";

    private static string Club(Town town) => $"Biedrība “{town.Genitive} radioamatieru klubs”";

    private static double DistanceKm((decimal Lat, decimal Lon) from, (decimal Lat, decimal Lon) to)
    {
        var north = (double)(to.Lat - from.Lat) * 111.32;
        var east = (double)(to.Lon - from.Lon) * 111.32 * Math.Cos((double)from.Lat * Math.PI / 180);
        return Math.Sqrt((north * north) + (east * east));
    }

    private static decimal Bearing((decimal Lat, decimal Lon) from, (decimal Lat, decimal Lon) to)
    {
        var north = (double)(to.Lat - from.Lat);
        var east = (double)(to.Lon - from.Lon) * Math.Cos((double)from.Lat * Math.PI / 180);
        var degrees = ((Math.Atan2(east, north) * 180 / Math.PI) + 360) % 360;
        var rounded = Math.Round((decimal)degrees, 1);
        return rounded >= 360 ? 0 : rounded;
    }

}
