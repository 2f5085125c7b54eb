using Platform.Grains.Tests.Access;

namespace Platform.Grains.Tests.MeetingRecords;

/// <summary>A group with a facilitator, a member and an observer, one meeting with two agenda items.</summary>
internal sealed record RecordScene(Guid Group, Guid Meeting, Guid FirstItem, Guid SecondItem, string Facilitator, string Member, string Observer, Guid Organisation)
{
    public static async Task<RecordScene> CreateAsync(RecordSilo silo)
    {
        var seed = silo.Seed;
        var group = await seed.GroupAsync("Mesa minera de Segovia");
        var organisation = await seed.OrganisationAsync("Corporación Jurídica");
        var facilitator = await seed.UserAsync("ana");
        var member = await seed.UserAsync("beto");
        var observer = await seed.UserAsync("olga");
        await seed.SeatAsync(group, facilitator, organisation, "facilitator");
        await seed.SeatAsync(group, member, organisation, "member");
        await seed.SeatAsync(group, observer, organisation, "observer");
        var meeting = await silo.MeetingAsync(group);
        var first = await silo.AgendaItemAsync(meeting, 1, "Informe de incidentes");
        var second = await silo.AgendaItemAsync(meeting, 2, "Capacitación en Principios Voluntarios");
        return new RecordScene(group, meeting, first, second, facilitator, member, observer, organisation);
    }
}
