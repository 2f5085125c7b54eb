using Platform.Grains.ActionItems;

namespace Platform.Messages.ActionItems;

/// <summary>
/// Tells whoever became owner of an action item (the person named, or the people seated for the owning organisation)
/// with a notification linking to the item, and a mail when their preferences want one (<see cref="INotifier"/>); never the
/// person who made the change. Each person hears once per item and kind of ownership, whatever retries do.
/// </summary>
public sealed class ActionOwnerNotices(INotifier notifier, ActionItemStore items, ActionOwnerQueries owners, WorkingGroupStore groups, JournalQueries journal)
{
    public const string PersonKey = "Notice.ActionOwnerPerson";

    public const string OrganisationKey = "Notice.ActionOwnerOrganisation";

    /// <summary>Writes the notifications <paramref name="request"/> calls for; returns how many were new.</summary>
    public async Task<int> NotifyAsync(PendingMailRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await items.LoadAsync(Guid.Parse(request.EntityKey), cancellationToken) is not { } item
            || await groups.LoadAsync(request.GroupId, cancellationToken) is not { } group)
        {
            return 0;
        }

        var actor = await journal.ActorAtAsync(request.GroupId, request.JournalSeq, cancellationToken);
        var link = $"/groups/{item.GroupId:D}/actions/{item.Id:D}";
        var notices = new List<NotificationRequest>();
        if (request.Kind is MailRequestKind.ActionOwnerPerson or MailRequestKind.ActionOwnerBoth && item.Details.OwnerUserId is { } person)
        {
            notices.AddRange((await owners.PersonAsync(item.GroupId, person, cancellationToken)).Select(o => new NotificationRequest(
                o.UserId, item.GroupId, NotificationKind.ActionAssigned, PersonKey, Arguments(o, group.Details.Name, item, ""), link, $"action-owner:{item.Id:D}:person")));
        }

        if (request.Kind is MailRequestKind.ActionOwnerOrganisation or MailRequestKind.ActionOwnerBoth && item.Details.OwnerOrganisationId is { } organisation)
        {
            var name = await owners.OrganisationNameAsync(organisation, cancellationToken) ?? "";
            notices.AddRange((await owners.OrganisationAsync(item.GroupId, organisation, cancellationToken)).Select(o => new NotificationRequest(
                o.UserId, item.GroupId, NotificationKind.ActionAssigned, OrganisationKey, Arguments(o, group.Details.Name, item, name), link,
                $"action-owner:{item.Id:D}:organisation:{organisation:D}")));
        }

        // One notice each (the person named owner, when also of the organisation, hears it as theirs), never to the actor.
        var told = notices.Where(n => !string.Equals(n.UserId, actor, StringComparison.Ordinal)).DistinctBy(n => n.UserId).ToList();
        return told.Count == 0 ? 0 : await notifier.NotifyAsync(told, cancellationToken);
    }

    /// <summary>Group, title, the due date in the reader's language (or a dash), the organisation's name.</summary>
    private static string[] Arguments(OwnerToTell owner, string groupName, ActionItemState item, string organisation) =>
        MailCulture.In<string[]>(owner.PreferredLanguage, () =>
            [groupName, item.Details.Title, item.Details.DueDate is { } due ? ViewerClock.LongDate(due) : "—", organisation]);
}
