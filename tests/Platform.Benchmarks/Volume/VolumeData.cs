using System.Diagnostics;
using System.Globalization;
using Platform.Grains.Storage;

namespace Platform.Benchmarks.Volume;

/// <summary>
/// Fills a migrated database with a realistic, deterministic volume of working-group life, straight through SQL:
/// organisations per country, people (genders, languages, zones), groups with members, a year of meetings with
/// attendance, published records and acknowledgements, action items with updates, commitments with milestones,
/// and one donor whose portfolio holds <see cref="VolumeSize.PortfolioGroups"/> groups. Times are relative to
/// <c>now</c>: some meetings and due dates lie ahead, so reminder scans find work.
/// </summary>
internal static partial class VolumeData
{
    internal static readonly (string Country, string Zone)[] Countries =
    [
        ("CO", "America/Bogota"), ("GH", "Africa/Accra"), ("PE", "America/Lima"),
        ("CD", "Africa/Lubumbashi"), ("CL", "America/Santiago"), ("FR", "Europe/Paris"),
    ];

    private static readonly string[] StakeholderTypes =
    [
        "large_scale_mining", "asm_organisation", "community", "civil_society", "national_government", "local_government",
        "public_security_police", "public_security_military", "private_security", "oversight_body", "international_partner",
        "donor", "standards_body", "academic",
    ];

    private static readonly string[] Cadences = ["monthly", "monthly", "monthly", "bimonthly", "quarterly", "fortnightly"];

    private const int OrganisationsPerType = 4;

    public static async Task<VolumeSummary> FillAsync(Database database, VolumeSize size, DateTimeOffset now, int seed = 2026, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(size);
        var clock = Stopwatch.StartNew();
        var random = new Random(seed);
        var plan = new VolumePlan(size, now, random);

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await Bulk.InsertAsync(connection, transaction, InsertOrganisation, plan.Organisations());
        await Bulk.InsertAsync(connection, transaction, InsertPerson, plan.People());
        await Bulk.InsertAsync(connection, transaction, InsertRole, [new { userId = plan.DonorUserId, role = "donor" }]);
        await Bulk.InsertAsync(connection, transaction, InsertGroup, plan.Groups());
        await Bulk.InsertAsync(connection, transaction, InsertMembership, plan.Memberships());
        await Bulk.InsertAsync(connection, transaction, InsertPortfolio, plan.Portfolio());
        var meetings = await VolumeMeetings.InsertAsync(connection, transaction, plan);
        var (items, commitments) = await VolumeWork.InsertAsync(connection, transaction, plan);
        await transaction.CommitAsync(cancellationToken);

        return new VolumeSummary(plan.GroupIds, plan.DonorUserId, plan.FacilitatorOf(0), plan.PersonIds.Length, meetings, items, commitments, clock.Elapsed);
    }

    internal static string Time(DateTimeOffset value) => StoredTime.Write(value);

    internal static string Id(Guid id) => id.ToString("D");

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private const string InsertOrganisation = """
        INSERT INTO organisation (id, name, normalized_name, stakeholder_type, country, created_at)
        VALUES (@id, @name, @name, @type, @country, @createdAt)
        """;

    private const string InsertPerson = """
        INSERT INTO user_account (id, email, normalized_email, display_name, password_hash, security_stamp, concurrency_stamp,
                                  preferred_language, time_zone, gender, created_at)
        VALUES (@id, @email, @normalizedEmail, @name, NULL, @id, @id, @language, @zone, @gender, @createdAt)
        """;

    private const string InsertRole = "INSERT INTO user_role (user_id, role) VALUES (@userId, @role)";

    private const string InsertGroup = """
        INSERT INTO working_group (id, name, scope, country, region, time_zone, cadence, version, created_at)
        VALUES (@id, @name, @scope, @country, NULL, @zone, @cadence, 1, @createdAt)
        """;

    private const string InsertMembership = """
        INSERT INTO membership (working_group_id, user_id, organisation_id, role, joined_at)
        VALUES (@groupId, @userId, @organisationId, @role, @joinedAt)
        """;

    private const string InsertPortfolio = """
        INSERT INTO donor_portfolio (user_id, working_group_id, added_at)
        VALUES (@userId, @groupId, @addedAt)
        """;

    internal static string StakeholderType(int index) => StakeholderTypes[index % StakeholderTypes.Length];

    internal static int OrganisationsPerCountry => StakeholderTypes.Length * OrganisationsPerType;

    internal static string Cadence(int group) => Cadences[group % Cadences.Length];
}
