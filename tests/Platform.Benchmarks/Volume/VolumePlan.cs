using NodaTime;
using Platform.Grains.Meetings;
using Platform.Grains.Time;

namespace Platform.Benchmarks.Volume;

/// <summary>The ids and choices every table of one generated volume shares, decided once from the seed.</summary>
internal sealed class VolumePlan
{
    private static readonly string[] Languages = ["es", "en", "fr"];

    public VolumePlan(VolumeSize size, DateTimeOffset now, Random random)
    {
        Size = size;
        Now = now;
        Random = random;
        Start = now.AddYears(-2);
        GroupIds = [.. Enumerable.Range(0, size.Groups).Select(_ => NewId())];
        PersonIds = [.. Enumerable.Range(0, size.People).Select(_ => NewId().ToString("D"))];
        DonorUserId = NewId().ToString("D");
        OrganisationIds = [.. Enumerable.Range(0, VolumeData.Countries.Length * VolumeData.OrganisationsPerCountry).Select(_ => NewId())];
    }

    public VolumeSize Size { get; }

    public DateTimeOffset Now { get; }

    public Random Random { get; }

    public DateTimeOffset Start { get; }

    public Guid[] GroupIds { get; }

    public string[] PersonIds { get; }

    public string DonorUserId { get; }

    public Guid[] OrganisationIds { get; }

    /// <summary>A Guid from the seeded random, so two runs with one seed write the same ids.</summary>
    public Guid NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    public static (string Country, string Zone) CountryOf(int group) => VolumeData.Countries[group % VolumeData.Countries.Length];

    public static DateTimeZone ZoneOf(int group) => WallClock.Zone(CountryOf(group).Zone)!;

    /// <summary>Member k of group g: a pool index, so each person sits in about Groups × Members / People groups.</summary>
    public string MemberOf(int group, int k) => PersonIds[((group * Size.MembersPerGroup) + k + (group / Math.Max(1, Size.People / Size.MembersPerGroup))) % PersonIds.Length];

    /// <summary>Members 0 and 1 facilitate, the last three observe, the rest are members.</summary>
    public string RoleOf(int k) => k < 2 ? "facilitator" : k >= Size.MembersPerGroup - 3 ? "observer" : "member";

    public string FacilitatorOf(int group) => MemberOf(group, 0);

    /// <summary>Each member acts for one of the group's country's organisations, spread over the stakeholder types.</summary>
    public Guid OrganisationOf(int group, int k)
    {
        var country = group % VolumeData.Countries.Length;
        var within = ((group * 7) + (k * 3)) % VolumeData.OrganisationsPerCountry;
        return OrganisationIds[(country * VolumeData.OrganisationsPerCountry) + within];
    }

    public IEnumerable<object> Organisations()
    {
        for (var i = 0; i < OrganisationIds.Length; i++)
        {
            var country = VolumeData.Countries[i / VolumeData.OrganisationsPerCountry].Country;
            yield return new
            {
                id = VolumeData.Id(OrganisationIds[i]),
                name = VolumeData.Invariant($"ORGANISATION {i + 1}"),
                type = VolumeData.StakeholderType(i % VolumeData.OrganisationsPerCountry),
                country,
                createdAt = VolumeData.Time(Start),
            };
        }
    }

    public IEnumerable<object> People()
    {
        for (var i = 0; i < PersonIds.Length; i++)
        {
            yield return Person(PersonIds[i], VolumeData.Invariant($"person{i}@volume.example"), VolumeData.Invariant($"Persona {i}"), i);
        }

        yield return Person(DonorUserId, "donor@volume.example", "Donor", 0);
    }

    private object Person(string id, string email, string name, int i)
    {
        // 40 % women, 40 % men, 5 % self-described, 15 % prefer not to say: enough declared people for women's share.
        var roll = i * 37 % 100;
        var gender = roll < 40 ? "woman" : roll < 80 ? "man" : roll < 85 ? "self_described" : "prefer_not_to_say";
        return new
        {
            id,
            email,
            normalizedEmail = email.ToUpperInvariant(),
            name,
            language = Languages[i % Languages.Length],
            zone = VolumeData.Countries[i % VolumeData.Countries.Length].Zone,
            gender,
            createdAt = VolumeData.Time(Start),
        };
    }

    public IEnumerable<object> Groups()
    {
        for (var g = 0; g < GroupIds.Length; g++)
        {
            var (country, zone) = CountryOf(g);
            yield return new
            {
                id = VolumeData.Id(GroupIds[g]),
                name = VolumeData.Invariant($"Working group {g + 1} ({country})"),
                scope = g % 4 == 0 ? "national" : g % 4 == 1 ? "regional" : g % 4 == 2 ? "local" : "site",
                country,
                zone,
                cadence = VolumeData.Cadence(g),
                createdAt = VolumeData.Time(Start.AddDays(g % 90)),
            };
        }
    }

    public IEnumerable<object> Memberships()
    {
        for (var g = 0; g < GroupIds.Length; g++)
        {
            var seated = new HashSet<string>();
            for (var k = 0; k < Size.MembersPerGroup; k++)
            {
                var user = MemberOf(g, k);
                if (seated.Add(user))
                {
                    yield return new
                    {
                        groupId = VolumeData.Id(GroupIds[g]),
                        userId = user,
                        organisationId = VolumeData.Id(OrganisationOf(g, k)),
                        role = RoleOf(k),
                        joinedAt = VolumeData.Time(Start.AddDays(g % 90)),
                    };
                }
            }
        }
    }

    public IEnumerable<object> Portfolio() =>
        GroupIds.Take(Size.PortfolioGroups).Select(g => new { userId = DonorUserId, groupId = VolumeData.Id(g), addedAt = VolumeData.Time(Start) });
}
