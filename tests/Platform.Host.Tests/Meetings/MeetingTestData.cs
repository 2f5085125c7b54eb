using Dapper;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Platform.Grains.Storage;
using Platform.Grains.WorkingGroups;
using Platform.Host.Tests.WorkingGroups;

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

    public static Task<long> CountAsync(PlatformFactory factory, string sql, object? parameters = null) => factory.Data.ScalarAsync<long>(sql, parameters);

    /// <summary>The hidden fields of the form a page returned, to submit it again as a browser would.</summary>
    public static Dictionary<string, string> HiddenFields(FormClient.Page page, string formSelector = "main form[method=post]") =>
        page.Document.QuerySelector(formSelector)!.QuerySelectorAll("input[type=hidden]")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
}
