using Platform.Grains.ActionItems;

namespace Platform.Host.Tests.Meetings;

/// <summary>A group with a facilitator (Ana, English) and a member (Beto, Spanish, Bogotá) of the same organisation.</summary>
internal sealed record MeetingGroup(Guid GroupId, Guid Organisation, User Facilitator, User Member)
{
    public static async Task<MeetingGroup> CreateAsync(PlatformFactory factory, string prefix = "")
    {
        var org = await factory.OrganisationAsync(prefix + "Cooperativa La Esperanza", "asm_organisation");
        var ana = await factory.CreateUserAsync(prefix + "ana@example.org");
        var beto = await factory.CreateUserAsync(prefix + "beto@example.org");
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var stored = await users.FindByIdAsync(beto.Id);
            stored!.PreferredLanguage = "es";
            stored.TimeZone = "America/Bogota";
            await users.UpdateAsync(stored);
        }

        var groupId = await factory.GroupAsync(ana, org);
        await factory.Group(groupId).AddMemberAsync(new AddMember(beto.Id, org, GroupRole.Member, ana.Id));
        return new MeetingGroup(groupId, org, ana, beto);
    }

    /// <summary>The day <paramref name="days"/> after the fake clock's today.</summary>
    public static LocalDate DaysFromToday(PlatformFactory factory, int days) => LocalDate.FromDateTime(factory.Time.GetUtcNow().UtcDateTime).PlusDays(days);

    /// <summary>
    /// The facilitator schedules <paramref name="title"/> on <paramref name="day"/>, 09:00 to 11:00 in the group's zone, at
    /// <paramref name="place"/>; with <paramref name="invite"/> the invitations go at once.
    /// </summary>
    public async Task<Guid> ScheduleAsync(PlatformFactory factory, LocalDate day, string title = "Reunión", string? place = "Segovia", bool invite = false)
    {
        var id = Guid.NewGuid();
        var meeting = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IMeetingGrain>(id);
        var starts = day + new LocalTime(9, 0);
        await meeting.ScheduleAsync(new ScheduleMeeting(GroupId, new MeetingDetails(title, starts, starts.PlusHours(2), place, null), Facilitator.Id));
        if (invite)
        {
            await meeting.SendInvitationsAsync(new SendInvitations(Facilitator.Id));
        }

        return id;
    }

    /// <summary>The facilitator creates the action item <paramref name="title"/>, owned by the member.</summary>
    public async Task<Guid> ActionItemAsync(PlatformFactory factory, string title = "Informe de incidentes", ActionItemPriority priority = ActionItemPriority.Normal)
    {
        var id = Guid.NewGuid();
        var details = new ActionItemDetails(title, null, Member.Id, null, null, priority);
        await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IActionItemGrain>(id).CreateAsync(new CreateActionItem(GroupId, details, null, Facilitator.Id));
        return id;
    }

    public static Task<long> CountAsync(PlatformFactory factory, string sql, object? parameters = null) => factory.Data.ScalarAsync<long>(sql, parameters);

    /// <summary>The group's new-meeting page.</summary>
    public string NewMeetingPath => $"/groups/{GroupId}/meetings/new";

    /// <summary>The schedule form as a person fills it: <paramref name="title"/> on <paramref name="date"/> from 09:00 to 11:00, and <paramref name="more"/>.</summary>
    public static Dictionary<string, string> ScheduleForm(string title, string date, Dictionary<string, string>? more = null)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Date"] = date,
            ["Input.StartTime"] = "09:00",
            ["Input.EndTime"] = "11:00",
        };
        foreach (var (name, value) in more ?? [])
        {
            form[name] = value;
        }

        return form;
    }

    /// <summary>The hidden fields of the form a page returned, to submit it again as a browser would.</summary>
    public static Dictionary<string, string> HiddenFields(FormClient.Page page, string formSelector = "main form[method=post]") =>
        page.Document.QuerySelector(formSelector)!.QuerySelectorAll("input[type=hidden]")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
}
