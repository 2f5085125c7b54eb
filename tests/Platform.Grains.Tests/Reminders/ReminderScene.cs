using Platform.Grains.Reminders;

namespace Platform.Grains.Tests.Reminders;

/// <summary>A migrated database with the scans over it, a group in Bogotá and an owner in Paris seated in it.</summary>
internal sealed class ReminderScene : IDisposable
{
    private ReminderScene(TempDatabase db)
    {
        Db = db;
        Seed = new ReminderSeed(db.Database);
        Rules = new ReminderRuleStore(db.Database, new JournalWriter(TimeProvider.System), TimeProvider.System);
        Actions = new ActionReminderScan(db.Database, Rules);
        Escalations = new EscalationScan(db.Database, Rules);
        Records = new RecordFollowUpScan(db.Database);
    }

    public TempDatabase Db { get; }

    public ReminderSeed Seed { get; }

    public ReminderRuleStore Rules { get; }

    public ActionReminderScan Actions { get; }

    public EscalationScan Escalations { get; }

    public RecordFollowUpScan Records { get; }

    public Guid Group { get; private set; }

    public Guid Organisation { get; private set; }

    public string Owner { get; private set; } = "";

    public string Facilitator { get; private set; } = "";

    public static async Task<ReminderScene> CreateAsync(string groupZone = "America/Bogota", string ownerZone = "Europe/Paris")
    {
        var scene = new ReminderScene(await TempDatabase.MigratedAsync());
        scene.Group = await scene.Seed.GroupAsync(groupZone);
        scene.Organisation = await scene.Seed.OrganisationAsync("Asociación");
        scene.Owner = await scene.Seed.PersonAsync("claire", ownerZone, "fr");
        scene.Facilitator = await scene.Seed.PersonAsync("ana", "America/Bogota", "es");
        await scene.Seed.SeatAsync(scene.Group, scene.Owner, scene.Organisation);
        await scene.Seed.SeatAsync(scene.Group, scene.Facilitator, await scene.Seed.OrganisationAsync("Defensoría"), "facilitator");
        return scene;
    }

    public void Dispose() => Db.Dispose();
}
