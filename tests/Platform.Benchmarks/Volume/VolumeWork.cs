using System.Data.Common;
using NodaTime;
using NodaTime.Extensions;
using Platform.Grains.Meetings;
using Platform.Grains.Time;

namespace Platform.Benchmarks.Volume;

/// <summary>
/// Action items (created over the last ten months, due two to twelve weeks later; most past-due ones done, some
/// overdue, one in ten owned by an organisation alone) with their progress updates, and commitments with three
/// milestones each in every status.
/// </summary>
internal static class VolumeWork
{
    private static readonly string[] CommitmentStatuses = ["on_track", "on_track", "at_risk", "off_track", "fulfilled", "withdrawn"];

    private static readonly string[] Standards = ["voluntary_principles", "icoc", "oecd_due_diligence", "craft", "fairmined", "other"];

    private const string InsertItem = """
        INSERT INTO action_item (id, working_group_id, title, owner_user_id, owner_organisation_id, due_date, priority, status, version, created_at, updated_at)
        VALUES (@id, @groupId, @title, @ownerUserId, @ownerOrganisationId, @dueDate, @priority, @status, @version, @createdAt, @updatedAt)
        """;

    private const string InsertUpdate = """
        INSERT INTO action_item_update (id, action_item_id, text, status_from, status_to, created_by, created_at)
        VALUES (@id, @itemId, @text, @statusFrom, @statusTo, @createdBy, @createdAt)
        """;

    private const string InsertCommitment = """
        INSERT INTO commitment (id, working_group_id, organisation_id, text, standard, status, verified_by, verified_at, version, created_at, updated_at)
        VALUES (@id, @groupId, @organisationId, @text, @standard, @status, @verifiedBy, @verifiedAt, 1, @createdAt, @createdAt)
        """;

    private const string InsertMilestone = """
        INSERT INTO commitment_milestone (id, commitment_id, title, due_date, done_at, position)
        VALUES (@id, @commitmentId, @title, @dueDate, @doneAt, @position)
        """;

    public static async Task<(int Items, int Commitments)> InsertAsync(DbConnection connection, DbTransaction transaction, VolumePlan plan)
    {
        var (items, updates) = (new List<object>(), new List<object>());
        var (commitments, milestones) = (new List<object>(), new List<object>());
        for (var g = 0; g < plan.GroupIds.Length; g++)
        {
            for (var i = 0; i < plan.Size.ActionItemsPerGroup; i++)
            {
                Item(plan, g, items, updates);
            }

            for (var c = 0; c < plan.Size.CommitmentsPerGroup; c++)
            {
                Commitment(plan, g, c, commitments, milestones);
            }
        }

        await Bulk.InsertAsync(connection, transaction, InsertItem, items);
        await Bulk.InsertAsync(connection, transaction, InsertUpdate, updates);
        await Bulk.InsertAsync(connection, transaction, InsertCommitment, commitments);
        await Bulk.InsertAsync(connection, transaction, InsertMilestone, milestones);
        return (items.Count, commitments.Count);
    }

    private static void Item(VolumePlan plan, int g, List<object> items, List<object> updates)
    {
        var random = plan.Random;
        var zone = VolumePlan.ZoneOf(g);
        var created = plan.Now.AddDays(-random.Next(1, 300)).AddMinutes(-random.Next(0, 1440));
        var due = created.ToInstant().InZone(zone).Date.PlusDays(random.Next(14, 85));
        var today = plan.Now.ToInstant().InZone(zone).Date;
        var roll = random.Next(100);
        var status = due < today
            ? roll < 55 ? "done" : roll < 65 ? "cancelled" : roll < 80 ? "open" : roll < 92 ? "in_progress" : "blocked"
            : roll < 20 ? "done" : roll < 60 ? "open" : roll < 95 ? "in_progress" : "blocked";
        var k = random.Next(2, plan.Size.MembersPerGroup);
        var organisationOnly = random.Next(10) == 0;
        var id = VolumeData.Id(plan.NewId());
        var owner = plan.MemberOf(g, k);
        var updated = created;
        var version = 1;
        if (status != "open")
        {
            // Done items finish somewhere between a week after creation and ten days past due: some late, most on time.
            var span = Math.Max(1, Period.Between(created.ToInstant().InZone(zone).Date, due, PeriodUnits.Days).Days + 10);
            updated = Min(created.AddDays(random.Next(1, span)), plan.Now.AddMinutes(-1));
            var from = status is "done" or "cancelled" ? "in_progress" : "open";
            updates.Add(new { id = VolumeData.Id(plan.NewId()), itemId = id, text = "Progress", statusFrom = from, statusTo = status, createdBy = owner, createdAt = VolumeData.Time(updated) });
            version = 2;
        }

        items.Add(new
        {
            id, groupId = VolumeData.Id(plan.GroupIds[g]), title = "Follow up the agreed measure",
            ownerUserId = organisationOnly ? null : owner, ownerOrganisationId = VolumeData.Id(plan.OrganisationOf(g, k)),
            dueDate = WallClock.WriteDate(due), priority = roll % 3 == 0 ? "high" : "normal", status, version,
            createdAt = VolumeData.Time(created), updatedAt = VolumeData.Time(updated),
        });
    }

    private static void Commitment(VolumePlan plan, int g, int c, List<object> commitments, List<object> milestones)
    {
        var random = plan.Random;
        var id = VolumeData.Id(plan.NewId());
        var status = CommitmentStatuses[random.Next(CommitmentStatuses.Length)];
        var created = plan.Now.AddDays(-random.Next(30, 400));
        var verified = random.Next(3) == 0;
        commitments.Add(new
        {
            id, groupId = VolumeData.Id(plan.GroupIds[g]), organisationId = VolumeData.Id(plan.OrganisationOf(g, 2 + (c % 10))),
            text = "We commit to the agreed measure", standard = Standards[c % Standards.Length], status,
            verifiedBy = verified ? plan.FacilitatorOf(g) : null, verifiedAt = verified ? VolumeData.Time(created.AddDays(10)) : null,
            createdAt = VolumeData.Time(created),
        });
        var zone = VolumePlan.ZoneOf(g);
        for (var m = 1; m <= 3; m++)
        {
            var dueAt = created.AddDays(m * 60);
            var done = status == "fulfilled" || (dueAt < plan.Now && random.Next(3) > 0);
            milestones.Add(new
            {
                id = VolumeData.Id(plan.NewId()), commitmentId = id, title = VolumeData.Invariant($"Milestone {m}"),
                dueDate = WallClock.WriteDate(dueAt.ToInstant().InZone(zone).Date),
                doneAt = done ? VolumeData.Time(Min(dueAt, plan.Now.AddMinutes(-1))) : null, position = m,
            });
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
