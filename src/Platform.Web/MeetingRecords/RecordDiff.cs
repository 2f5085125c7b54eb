using System.Text.RegularExpressions;

namespace Platform.Web.MeetingRecords;

/// <summary>Whether a piece of a compared text stayed, was added or was removed.</summary>
public enum DiffKind
{
    Same,
    Added,
    Removed,
}

/// <summary>A run of words with what happened to it between two revisions.</summary>
public sealed record DiffPiece(string Text, DiffKind Kind);

/// <summary>One changed part of a record: what it is ("2. Note") and its text with the changes marked.</summary>
public sealed record PartChange(string Label, IReadOnlyList<DiffPiece> Pieces);

/// <summary>
/// Issue 15: what changed between two revisions of a record. Both revisions must already be as the viewer may read them
/// (<see cref="MeetingRecordQueries.RecordAsync"/> removes restricted parts), so a comparison never shows more than the
/// revisions themselves would.
/// </summary>
public static partial class RecordDiff
{
    public static IReadOnlyList<PartChange> Between(RecordSnapshot before, RecordSnapshot after, IStringLocalizer<Text> text)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(text);
        var changes = new List<PartChange>();
        changes.AddRange(Attendance(before, after, text));
        var earlier = Parts(before, text).ToDictionary(p => p.Id);
        var earlierItems = before.Items.ToDictionary(i => i.Id);
        foreach (var (item, number) in AgendaNumbers.Of(after.Items))
        {
            if (earlierItems.TryGetValue(item.Id, out var was) && was.Status != item.Status)
            {
                changes.Add(new($"{number}. {item.Title}", Replaced(text[$"AgendaStatus.{was.Status}"], text[$"AgendaStatus.{item.Status}"])));
            }
        }

        var later = Parts(after, text).ToList();
        foreach (var part in later)
        {
            if (!earlier.TryGetValue(part.Id, out var old))
            {
                changes.Add(new(part.Label, [new(part.Text, DiffKind.Added)]));
            }
            else if (old.Text != part.Text || old.Restricted != part.Restricted)
            {
                var pieces = Words(old.Text, part.Text).ToList();
                if (old.Restricted != part.Restricted)
                {
                    pieces.Insert(0, new($"{text["Record.Restricted"]} ", part.Restricted ? DiffKind.Added : DiffKind.Removed));
                }

                changes.Add(new(part.Label, pieces));
            }
        }

        changes.AddRange(earlier.Values.Where(p => later.All(l => l.Id != p.Id)).Select(p => new PartChange(p.Label, [new(p.Text, DiffKind.Removed)])));
        return changes;
    }

    private static IEnumerable<PartChange> Attendance(RecordSnapshot before, RecordSnapshot after, IStringLocalizer<Text> text)
    {
        var earlier = before.Attendance.ToDictionary(Key);
        foreach (var person in after.Attendance)
        {
            var label = $"{text["Record.Attendance"]}: {person.Name}";
            if (!earlier.TryGetValue(Key(person), out var was))
            {
                yield return new(label, [new(text[$"AttendanceStatus.{person.Status}"], DiffKind.Added)]);
            }
            else if (was.Status != person.Status)
            {
                yield return new(label, Replaced(text[$"AttendanceStatus.{was.Status}"], text[$"AttendanceStatus.{person.Status}"]));
            }
        }
    }

    private static string Key(SnapshotAttendance person) => person.UserId ?? $"guest:{person.Name}:{person.Organisation}";

    private static IEnumerable<(Guid Id, string Label, string Text, bool Restricted)> Parts(RecordSnapshot snapshot, IStringLocalizer<Text> text) =>
        RecordParts.Labelled(snapshot, text);

    private static IReadOnlyList<DiffPiece> Replaced(string before, string after) => [new(before, DiffKind.Removed), new(" ", DiffKind.Same), new(after, DiffKind.Added)];

    /// <summary>A word-by-word comparison (longest common subsequence), adjacent pieces of one kind merged.</summary>
    public static IReadOnlyList<DiffPiece> Words(string before, string after)
    {
        var a = Tokens().Split(before ?? "").Where(t => t.Length > 0).ToArray();
        var b = Tokens().Split(after ?? "").Where(t => t.Length > 0).ToArray();
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var pieces = new List<DiffPiece>();
        var (x, y) = (0, 0);
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                Append(pieces, a[x++], DiffKind.Same);
                y++;
            }
            else if (y < b.Length && (x == a.Length || common[x, y + 1] >= common[x + 1, y]))
            {
                Append(pieces, b[y++], DiffKind.Added);
            }
            else
            {
                Append(pieces, a[x++], DiffKind.Removed);
            }
        }

        return pieces;
    }

    private static void Append(List<DiffPiece> pieces, string token, DiffKind kind)
    {
        if (pieces.Count > 0 && pieces[^1].Kind == kind)
        {
            pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + token };
        }
        else
        {
            pieces.Add(new(token, kind));
        }
    }

    [GeneratedRegex(@"(\s+)")]
    private static partial Regex Tokens();
}
