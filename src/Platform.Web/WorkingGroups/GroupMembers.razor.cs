using Microsoft.AspNetCore.Identity;

namespace Platform.Web.WorkingGroups;

/// <summary>Facilitators add, re-role, remove and invite members; every change goes through the group's grain.</summary>
public sealed partial class GroupMembers
{
    [Parameter] public Guid GroupId { get; set; }

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private IGrainFactory Grains { get; set; } = default!;

    [Inject] private WorkingGroupQueries Queries { get; set; } = default!;

    [Inject] private UserManager<User> Users { get; set; } = default!;

    [Inject] private GroupInvitationStore GroupInvitations { get; set; } = default!;

    [Inject] private AccountMails Mails { get; set; } = default!;

    [Inject] private PublicUrl Urls { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "add-member")] private AddMemberInput? Add { get; set; }

    [SupplyParameterFromForm(FormName = "change-role")] private ChangeRoleInput? Change { get; set; }

    [SupplyParameterFromForm(FormName = "remove-member")] private RemoveMemberInput? Remove { get; set; }

    [SupplyParameterFromForm(FormName = "invite-member")] private GroupInviteInput? Invite { get; set; }

    private IReadOnlyList<MemberView> members = [];
    private IReadOnlyList<OrganisationChoice> organisations = [];
    private FieldErrors errors = new();
    private string groupName = "";
    private string? message;
    private string? refusal;
    private string? inviteLink;
    private string? invitedEmail;

    private IWorkingGroupGrain Group => Grains.GetGrain<IWorkingGroupGrain>(GroupId);

    private string ActorId => HttpContext.User.UserId()!;

    protected override async Task OnInitializedAsync()
    {
        Add ??= new() { Role = "member" };
        Change ??= new();
        Remove ??= new();
        Invite ??= new() { Role = "member", PreferredLanguage = SupportedCultures.Match(CultureInfo.CurrentUICulture.Name) ?? SupportedCultures.Default };
        organisations = await Queries.OrganisationsAsync();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        groupName = (await Group.GetAsync())?.Details.Name ?? "";
        members = await Queries.MembersAsync(GroupId);
    }

    private async Task AddAsync()
    {
        var input = Add!;
        errors = new();
        var (organisation, role) = GroupFormChecks.Seat(input, "Add", errors, T);
        var person = errors.Any ? null : await Users.FindByEmailAsync(input.Email.Trim());
        if (!errors.Any && person is null)
        {
            errors.Add("Add.Email", Refusals.Message(T, GroupRule.PersonUnknown));
        }

        if (!errors.Any && await RunAsync(() => Group.AddMemberAsync(new AddMember(person!.Id, organisation!.Value, role!.Value, ActorId))))
        {
            message = T["Members.Added"];
            Add = new() { Role = "member" };
        }
    }

    private async Task ChangeRoleAsync()
    {
        errors = new();
        var role = GroupFormChecks.Role(Change!.Role, errors, T, "Change.Role");
        if (role is { } r && await RunAsync(() => Group.ChangeRoleAsync(new ChangeMemberRole(Change.UserId, r, ActorId))))
        {
            message = T["Members.Changed"];
        }
    }

    private async Task RemoveAsync()
    {
        if (await RunAsync(() => Group.RemoveMemberAsync(new RemoveMember(Remove!.UserId, ActorId))))
        {
            message = T["Members.Removed"];
        }
    }

    private async Task<bool> RunAsync(Func<Task<WorkingGroupState>> command)
    {
        try
        {
            await command();
            await LoadAsync();
            return true;
        }
        catch (RuleException<GroupRule> e)
        {
            refusal = Refusals.Message(T, e.Code);
        }
        catch (ConcurrencyConflictException)
        {
            refusal = Refusals.Message(T, GroupRule.Conflict);
        }

        return false;
    }
}
