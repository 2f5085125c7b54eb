namespace Platform.Grains.Organisations;

/// <summary>One line of the organisations list: nothing about people, so every signed-in person may see it.</summary>
public sealed record OrganisationListItem(Guid Id, string Name, StakeholderType Type, string Country);

/// <summary>Which organisations a list shows; null means any.</summary>
public sealed record OrganisationFilter(string? Country, StakeholderType? Type);

/// <summary>One page of the list. <paramref name="Page"/> counts from 1.</summary>
public sealed record OrganisationPage(IReadOnlyList<OrganisationListItem> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>A working group the organisation sits in (through at least one of its people).</summary>
public sealed record OrganisationGroup(Guid Id, string Name);

/// <summary>An organisation with its groups; its people are read separately, only for viewers allowed to see them.</summary>
public sealed record OrganisationDetail(Organisation Organisation, IReadOnlyList<OrganisationGroup> Groups);

/// <summary>A person acting for the organisation in one group. Never shown to donors.</summary>
public sealed record OrganisationPerson(string UserId, string DisplayName, GroupRole Role, Guid GroupId, string GroupName);
