using Portal.Core.Permits;

namespace Portal.Demo;

public static partial class FeedGenerator
{
    // Permits with stations and frequencies fitting each service.
    private sealed partial class Builder
    {
        private void AddPermit(Holder holder, string kind, Town town, bool large)
        {
            var years = Between(1, 5);
            var status = Between(1, 100) switch { <= 80 => "valid", <= 88 => "expired", <= 94 => "suspended", _ => "cancelled" };
            DateOnly validFrom;
            DateOnly? validTo;
            if (status == "expired")
            {
                validFrom = _today.AddDays(-Between((years * 366) + 5, (years * 366) + 900));
                validTo = validFrom.AddYears(years).AddDays(-1);
            }
            else
            {
                validFrom = _today.AddDays(-Between(10, (years * 365) - 30));
                validTo = kind is "amateur" && Chance(30) ? null : validFrom.AddYears(years).AddDays(-1);
            }

            var (callSign, stations) = kind switch
            {
                "amateur" => Amateur(holder, town),
                "maritime" => Maritime(holder, town),
                "aeronautical" => Aeronautical(holder, town),
                "land-mobile" => LandMobile(town, large),
                "fixed-links" => FixedLink(town),
                "broadcasting" => Broadcasting(town),
                _ => SatelliteEarthStation(town),
            };
            _permits.Add(new PermitRecord(
                $"{_prefix}P-{_permits.Count + 1:D5}", 1, holder.Id, $"AT-{validFrom.Year}-{_nextPermitNumber:D5}", kind, status, validFrom, validTo, callSign, stations));
            _nextPermitNumber += Between(1, 30);
        }

        private (string?, List<StationRecord>) Amateur(Holder holder, Town town)
        {
            var callSign = Unique(_callSigns, () => $"YL{Between(1, 3)}{Letters(holder.Legal ? 2 : Between(2, 3))}");
            var (lat, lon) = Near(town.Latitude, town.Longitude, 20_000);
            var channels = _amateurChannels.OrderBy(_ => _random.Next()).Take(Between(1, 4)).OrderBy(channel => channel.FrequencyMHz);
            var frequencies = channels.Select(c => new FrequencyRecord(c.FrequencyMHz, c.BandwidthKHz, c.Emission, c.FrequencyMHz < 30 ? Between(1, 4) * 100m : 50m, "txrx")).ToList();
            List<StationRecord> stations =
            [
                new(holder.Legal ? "Kluba stacija" : "Stacionārā stacija", holder.Legal ? $"{Pick(town.Streets)} {Between(1, 90)}, {town.Name}" : holder.Address,
                    lat, lon, Tenths(60, 300), Tenths(0, 130), null, Chance(50) ? "horizontal" : "vertical",
                    Pick(["Icom IC-7300", "Yaesu FT-991A", "Kenwood TS-590SG", "Icom IC-9700", "Elecraft K3"]), frequencies),
            ];
            if (Chance(25))
            {
                stations.Add(new("Mobilā stacija", null, null, null, null, null, null, "vertical", Pick(["Yaesu FTM-400", "Icom IC-2730"]), [new(145.500m, 16m, "16K0F3E", 50m, "txrx")]));
            }

            return (callSign, stations);
        }

        private (string?, List<StationRecord>) Maritime(Holder holder, Town town)
        {
            List<FrequencyRecord> Vhf(decimal power) => [new(156.800m, 16m, "16K0G3E", power, "txrx"), new(156.525m, 16m, "16K0G2B", power, "txrx")];

            if (!holder.Legal || Chance(60))
            {
                var kindOfShip = holder.Legal ? Pick(["Velkonis", "Zvejas kuģis", "Pasažieru kuģis", "Darba kuģis"]) : Pick(["Jahta", "Motorlaiva"]);
                var callSign = Unique(_callSigns, () => $"YL{Between(1000, 9999)}");
                return (callSign, [new($"{kindOfShip} “{Pick(_vessels)}”", null, null, null, null, null, null, "vertical", Pick(["Icom IC-M330", "Standard Horizon GX2400", "Sailor 6222", "Simrad RS40"]), Vhf(25m))]);
            }

            var stations = new List<StationRecord>();
            for (int k = 1, count = Between(1, 3); k <= count; k++)
            {
                var (lat, lon) = Near(town.Latitude, town.Longitude, 8_000);
                List<FrequencyRecord> frequencies = [.. Vhf(50m), new(Pick([156.600m, 156.700m, 156.650m]), 16m, "16K0G3E", 25m, "txrx")];
                stations.Add(new($"{town.Genitive} ostas krasta stacija {k}", $"Ostas iela {Between(1, 40)}, {town.Name}", lat, lon, Tenths(150, 450), Tenths(20, 60), null, "vertical", Pick(["Sailor 6222", "Jotron Tron VHF", "Icom IC-M605"]), frequencies));
            }

            return (null, stations);
        }

        private (string?, List<StationRecord>) Aeronautical(Holder holder, Town town)
        {
            if (!holder.Legal || Chance(50))
            {
                var registration = Unique(_callSigns, () => $"YL{Letters(3)}");
                var frequencies = _aeronauticalMHz.OrderBy(_ => _random.Next()).Take(Between(1, 3)).Order().Select(mhz => new FrequencyRecord(mhz, 6m, "6K00A3E", 10m, "txrx")).ToList();
                return (registration, [new($"Gaisa kuģis YL-{registration[2..]} ({Pick(_aircraft)})", null, null, null, null, null, null, "vertical", Pick(["Garmin GTR 225", "Becker AR6201", "Trig TY96", "Funke ATR833"]), frequencies)]);
            }

            var (lat, lon) = Near(town.Latitude, town.Longitude, 15_000);
            var ground = _aeronauticalMHz.OrderBy(_ => _random.Next()).Take(Between(1, 2)).Order().Select(mhz => new FrequencyRecord(mhz, 6m, "6K00A3E", Pick([25m, 50m]), "txrx")).ToList();
            return (null, [new($"{town.Genitive} lidlauka radiostacija", $"{town.Name}, lidlauks", lat, lon, Tenths(100, 300), Tenths(20, 50), null, "vertical", Pick(["Rohde & Schwarz XU4200", "Park Air T6T", "Jotron TA-7650"]), ground)]);
        }

        private (string?, List<StationRecord>) LandMobile(Town town, bool large)
        {
            var emission = Pick(_landMobileEmissions);
            var uhf = Chance(50);
            decimal tx, rx;
            if (uhf)
            {
                tx = 420m + (Between(0, 3_999) * 0.0125m);
                rx = tx - 10m;
            }
            else
            {
                tx = 150.6m + (Between(0, 1_871) * 0.0125m);
                rx = tx - 4.6m;
            }

            var stations = new List<StationRecord>();
            var repeaters = large ? Between(1, 12) : Between(1, 3);
            for (var k = 1; k <= repeaters; k++)
            {
                var site = k == 1 ? new Site(town.Name, town.Genitive, town.Latitude, town.Longitude, town) : Pick(_sites);
                var (lat, lon) = Near(site.Latitude, site.Longitude, 10_000);
                var location = site.Town is { } siteTown ? $"{Pick(siteTown.Streets)} {Between(1, 120)}, {siteTown.Name}" : $"Sakaru tornis, {site.Name}";
                stations.Add(new($"Bāzes stacija {site.Name}", location, lat, lon, Tenths(150, 600), Tenths(30, 90), null, "vertical", Pick(["Motorola SLR 5500", "Hytera RD985", "Kenwood NXR-810"]),
                    [new(tx, emission.BandwidthKHz, emission.Emission, Pick([25m, 40m, 50m]), "tx"), new(rx, emission.BandwidthKHz, emission.Emission, null, "rx")]));
            }

            stations.Add(new($"Mobilās stacijas ({Between(2, 60)} gab.)", null, null, null, null, null, null, "vertical", Pick(["Motorola DM4600", "Hytera MD785", "Kenwood NX-3720"]),
                [new(rx, emission.BandwidthKHz, emission.Emission, 25m, "tx"), new(tx, emission.BandwidthKHz, emission.Emission, null, "rx")]));
            if (Chance(50))
            {
                stations.Add(new($"Portatīvās stacijas ({Between(2, 40)} gab.)", null, null, null, null, null, null, "vertical", Pick(["Motorola DP4400e", "Hytera PD785"]),
                    [new(rx, emission.BandwidthKHz, emission.Emission, 5m, "tx"), new(tx, emission.BandwidthKHz, emission.Emission, null, "rx")]));
            }

            return (null, stations);
        }

        private (string?, List<StationRecord>) FixedLink(Town town)
        {
            // One hop: either across the town or to a neighbouring site, the band chosen by the distance.
            var a = Near(town.Latitude, town.Longitude, 15_000);
            (decimal Lat, decimal Lon) b;
            string bName, bLocation;
            if (Chance(50))
            {
                b = Near(a.Lat, a.Lon, 60_000);
                bName = $"{town.Name}, pilsētas mezgls";
                bLocation = $"{Pick(town.Streets)} {Between(1, 150)}, {town.Name}";
            }
            else
            {
                var site = _sites.Where(site => site.Name != town.Name).OrderBy(site => DistanceKm(a, (site.Latitude, site.Longitude))).ElementAt(Between(0, 2));
                b = Near(site.Latitude, site.Longitude, 5_000);
                bName = site.Name;
                bLocation = $"Sakaru tornis, {site.Name}";
            }

            var km = DistanceKm(a, b);
            var band = _fixedLinkBands[km switch { > 30 => Between(0, 1), > 15 => Between(1, 3), > 5 => Between(3, 4), _ => Between(4, 5) }];
            var low = band.LowStart + (Between(0, band.Channels - 1) * 3.5m);
            var high = low + band.ShiftMHz;
            var emission = Pick(_fixedLinkEmissions);
            var (power, gain, polarization, equipment) = (Pick([0.1m, 0.25m, 0.5m, 1m]), Tenths(300, 460), Pick(["vertical", "horizontal", "dual"]), Pick(["Ericsson MINI-LINK 6352", "Nokia Wavence UBT-SA", "SIAE ALFOplus2", "Huawei OptiX RTN 380"]));
            return (null,
            [
                new($"{town.Name} (A gals)", $"Sakaru tornis, {town.Name}", a.Lat, a.Lon, Tenths(150, 800), gain, Bearing(a, b), polarization, equipment,
                    [new(low, emission.BandwidthKHz, emission.Emission, power, "tx"), new(high, emission.BandwidthKHz, emission.Emission, null, "rx")]),
                new($"{bName} (B gals)", bLocation, b.Lat, b.Lon, Tenths(150, 800), gain, Bearing(b, a), polarization, equipment,
                    [new(high, emission.BandwidthKHz, emission.Emission, power, "tx"), new(low, emission.BandwidthKHz, emission.Emission, null, "rx")]),
            ]);
        }

        private (string?, List<StationRecord>) Broadcasting(Town town)
        {
            var television = Chance(30);
            var stations = new List<StationRecord>();
            var sites = new[] { town }.Concat(_towns.Where(t => t != town).OrderBy(_ => _random.Next()).Take(Between(0, 2)));
            foreach (var site in sites)
            {
                var tower = site.Name == "Rīga";
                var (lat, lon) = tower ? (56.923700m, 24.132200m) : Near(site.Latitude, site.Longitude, 30_000);
                var frequencies = television
                    ? Enumerable.Range(21, 28).OrderBy(_ => _random.Next()).Take(Between(1, 3)).Order()
                        .Select(channel => new FrequencyRecord(306m + (8m * channel), 8_000m, "8M00G7W", Pick([1_000m, 5_000m, 10_000m, 20_000m]), "tx")).ToList()
                    : Enumerable.Range(876, 203).OrderBy(_ => _random.Next()).Take(Between(1, 2)).Order()
                        .Select(tenths => new FrequencyRecord(tenths / 10m, 180m, "180KF8EHF", Pick([100m, 250m, 500m, 1_000m, 2_000m, 5_000m, 10_000m]), "tx")).ToList();
                stations.Add(new(
                    tower ? "Rīgas radio un televīzijas tornis" : $"{site.Genitive} raidstacija", tower ? "Zaķusalas krastmala 1, Rīga" : $"Raidītāju tornis, {site.Name}",
                    lat, lon, tower ? Tenths(2_000, 3_000) : Tenths(400, 1_800), Tenths(30, 120), null, Pick(["horizontal", "vertical", "circular-right"]),
                    television ? Pick(["Rohde & Schwarz THU9", "Harris Maxiva UAXTE"]) : Pick(["Nautel GV5", "Elenos Indium", "Rohde & Schwarz THR9"]), frequencies));
            }

            return (null, stations);
        }

        private (string?, List<StationRecord>) SatelliteEarthStation(Town town)
        {
            var stations = new List<StationRecord>();
            for (int k = 1, count = Between(1, 2); k <= count; k++)
            {
                var cBand = Chance(50);
                var emission = Pick(_satelliteEmissions);
                var up = cBand ? 5_930m + (Between(0, 980) * 0.5m) : 14_000m + (Between(0, 990) * 0.5m);
                var down = up - (cBand ? 2_225m : 2_300m);
                var (lat, lon) = Near(town.Latitude, town.Longitude, 20_000);
                stations.Add(new(
                    $"Zemes stacija {town.Name} {k}", $"{Pick(town.Streets)} {Between(1, 150)}, {town.Name}", lat, lon, Tenths(30, 150),
                    cBand ? Tenths(400, 500) : Tenths(450, 550), Tenths(1_600, 2_300), cBand ? Pick(["circular-right", "circular-left"]) : Pick(["horizontal", "vertical", "dual"]),
                    Pick(["Comtech CDM-625A", "Newtec MDM2210", "Gilat SkyEdge II-c"]),
                    [new(up, emission.BandwidthKHz, emission.Emission, Pick([10m, 25m, 50m, 100m, 200m, 400m]), "tx"), new(down, emission.BandwidthKHz, emission.Emission, null, "rx")]));
            }

            return (null, stations);
        }

    }
}
