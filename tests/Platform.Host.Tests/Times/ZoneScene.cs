using System.Globalization;

namespace Platform.Host.Tests.Times;

/// <summary>
/// A Bogotá group with one coming meeting at 09:00 Bogotá (14:00 UTC), and an earlier one, <see cref="Held"/>, whose
/// record was published and acknowledged at <see cref="Recorded"/>, 03:30 UTC (the evening before in Bogotá, early
/// morning in Paris), seen by its facilitator whose profile is in <see cref="Zone"/> and who reads English. (Issue 15:
/// a record is published only once its meeting has started, so the coming meeting has none.)
/// </summary>
internal sealed class ZoneScene(PlatformFactory factory, string zone, Guid group, Guid organisation, Guid meeting, Guid held, User viewer, FormClient browser) : IDisposable
{
    public static readonly DateTimeOffset Recorded = new(2027, 1, 5, 3, 30, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset MeetingStarts = new(2027, 1, 12, 14, 0, 0, TimeSpan.Zero);

    /// <summary>When <see cref="Held"/> started: 09:00 Bogotá on 1 December 2026 (see <c>RecordTestData.MeetingAsync</c>).</summary>
    public static readonly DateTimeOffset HeldStarts = new(2026, 12, 1, 14, 0, 0, TimeSpan.Zero);

    public PlatformFactory Factory => factory;

    public string Zone => zone;

    public Guid Group => group;

    public Guid Organisation => organisation;

    public Guid Meeting => meeting;

    public Guid Held => held;

    public User Viewer => viewer;

    public FormClient Browser => browser;

    public static async Task<ZoneScene> CreateAsync(string zone)
    {
        var factory = new PlatformFactory();
        factory.Time.SetUtcNow(Recorded);
        var viewer = await factory.CreateUserAsync("ana@example.org");
        await SetZoneAsync(factory, viewer, zone);

        var organisation = await factory.OrganisationAsync("Cooperativa La Esperanza", "asm_organisation");
        var group = await factory.GroupAsync(viewer, organisation);
        var meeting = Guid.NewGuid();
        var grains = factory.Services.GetRequiredService<IGrainFactory>();
        var details = new MeetingDetails("Mesa mensual", new NodaTime.LocalDateTime(2027, 1, 12, 9, 0), new NodaTime.LocalDateTime(2027, 1, 12, 11, 0), "Segovia", null);
        await grains.GetGrain<IMeetingGrain>(meeting).ScheduleAsync(new ScheduleMeeting(group, details, viewer.Id));
        await grains.GetGrain<IMeetingGrain>(meeting).SetAgendaAsync(new SetAgenda([new AgendaLine(null, "Informe de incidentes", null, null, null)], viewer.Id));
        var held = await Platform.Host.Tests.MeetingRecords.RecordTestData.MeetingAsync(factory, group);
        var record = grains.GetGrain<IMeetingRecordGrain>(held);
        await record.PublishAsync(new PublishRecord(viewer.Id, true));
        await record.AcknowledgeAsync(new AcknowledgeRecord(viewer.Id, 1));
        var browser = factory.Browser();
        Assert.Equal(System.Net.HttpStatusCode.Found, (await browser.SignInAsync(viewer.Email, PlatformFactory.Password)).Status);
        return new ZoneScene(factory, zone, group, organisation, meeting, held, viewer, browser);
    }

    /// <summary>Another person with the same zone and language, signed in (a donor, an administrator).</summary>
    public async Task<FormClient> PersonAsync(string email, string role)
    {
        var person = await factory.CreateUserAsync(email, role);
        await SetZoneAsync(factory, person, zone);
        var other = factory.Browser();
        Assert.Equal(System.Net.HttpStatusCode.Found, (await other.SignInAsync(email, PlatformFactory.Password)).Status);
        return other;
    }

    /// <summary>What an English reader in <see cref="Zone"/> should see for <paramref name="instant"/>, computed without the app's helpers.</summary>
    public string Local(DateTimeOffset instant, string format) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(zone)).DateTime.ToString(format, CultureInfo.GetCultureInfo("en"));

    /// <summary>The same instant written as UTC: what the defect showed, labelled as the reader's zone.</summary>
    public static string Utc(DateTimeOffset instant, string format) => instant.UtcDateTime.ToString(format, CultureInfo.GetCultureInfo("en"));

    private static async Task SetZoneAsync(PlatformFactory factory, User user, string zone)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var stored = await users.FindByIdAsync(user.Id);
        stored!.PreferredLanguage = "en";
        stored.TimeZone = zone;
        await users.UpdateAsync(stored);
    }

    public void Dispose()
    {
        browser.Dispose();
        factory.Dispose();
    }
}
