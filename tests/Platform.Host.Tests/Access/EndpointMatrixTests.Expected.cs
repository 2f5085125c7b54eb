namespace Platform.Host.Tests.Access;

/// <summary>The expected outcome of every endpoint for every persona: one line per endpoint and method.</summary>
public sealed partial class EndpointMatrixTests
{
    private const string Expected = """
        # METHOD pattern                           anon    other   observ. member  facil.  donor+  donor-  admin
        GET  /                                     Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        POST /                                     Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        # Framework endpoint for enhanced navigation; it needs a query value, so signed-in callers get 400.
        GET  /_framework/opaque-redirect           SignIn  Status400 Status400 Status400 Status400 Status400 Status400 Status400
        GET  /account/access-denied                Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        POST /account/access-denied                Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        GET  /account/calendar                     SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        POST /account/calendar                     SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        GET  /account/change-password              SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        POST /account/change-password              SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        GET  /account/forgot-password              Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        POST /account/forgot-password              Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        GET  /account/invitation                   Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        POST /account/invitation                   Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        GET  /account/invite                       SignIn  Denied  Denied  Denied  Denied  Denied  Denied  Allowed
        POST /account/invite                       SignIn  Denied  Denied  Denied  Denied  Denied  Denied  Allowed
        # Anyone signed in sets their own notification e-mail and digest choices; the page only touches the caller's rows.
        GET  /account/notifications                SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        POST /account/notifications                SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        GET  /account/profile                      SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        POST /account/profile                      SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        GET  /account/reset-password               Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        POST /account/reset-password               Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        GET  /account/sessions                     SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        POST /account/sessions                     SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        GET  /account/sign-in                      Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        POST /account/sign-in                      Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        GET  /account/sign-out                     Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        POST /account/sign-out                     Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        GET  /account/two-step                     SignIn  SignIn  SignIn  SignIn  SignIn  SignIn  SignIn  SignIn
        POST /account/two-step                     Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        GET  /account/two-step/setup               SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        POST /account/two-step/setup               SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        # Work accounts (off here: nothing configured). The page is anyone's own; "done" has nothing to finish without the
        # provider's answer and returns to sign-in; link and unlink refuse a post without a valid token (back to the page).
        GET  /account/work-account                 SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        POST /account/work-account                 SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        GET  /account/work-account/done            SignIn  SignIn  SignIn  SignIn  SignIn  SignIn  SignIn  SignIn
        POST /account/work-account/link            SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        GET  /account/work-account/linked          SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        POST /account/work-account/sign-in         Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        POST /account/work-account/unlink          SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        # Any signed-in person's own items (none for those with no seat, donors included).
        GET  /actions                              SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        GET  /actions/fragments/list               SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        POST /actions                              SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        GET  /admin                                SignIn  Denied  Denied  Denied  Denied  Denied  Denied  Allowed
        POST /admin                                SignIn  Denied  Denied  Denied  Denied  Denied  Denied  Allowed
        GET  /admin/donors                         SignIn  Denied  Denied  Denied  Denied  Denied  Denied  Allowed
        POST /admin/donors                         SignIn  Denied  Denied  Denied  Denied  Denied  Denied  Allowed
        GET  /admin/donors/{donorId}               SignIn  Denied  Denied  Denied  Denied  Denied  Denied  Allowed
        POST /admin/donors/{donorId}               SignIn  Denied  Denied  Denied  Denied  Denied  Denied  Allowed
        # Pending invitations show addresses; resending and revoking are administrators' acts (issue 16).
        GET  /admin/invitations                    SignIn  Denied  Denied  Denied  Denied  Denied  Denied  Allowed
        POST /admin/invitations                    SignIn  Denied  Denied  Denied  Denied  Denied  Denied  Allowed
        # The Hangfire dashboard (any method; its posts carry its own antiforgery token): administrators only.
        GET  /admin/jobs/{**path}                  SignIn  Denied  Denied  Denied  Denied  Denied  Denied  Allowed
        # Failed and delayed mail shows recipients' addresses: administrators only.
        GET  /admin/mail                           SignIn  Denied  Denied  Denied  Denied  Denied  Denied  Allowed
        POST /admin/mail                           SignIn  Denied  Denied  Denied  Denied  Denied  Denied  Allowed
        # People management (issue 16): everyone's addresses and access, deactivation, two-step grace: administrators only.
        GET  /admin/people                         SignIn  Denied  Denied  Denied  Denied  Denied  Denied  Allowed
        POST /admin/people                         SignIn  Denied  Denied  Denied  Denied  Denied  Denied  Allowed
        GET  /admin/people/{personId}              SignIn  Denied  Denied  Denied  Denied  Denied  Denied  Allowed
        POST /admin/people/{personId}              SignIn  Denied  Denied  Denied  Denied  Denied  Denied  Allowed
        # The feed's only credential is its secret token (tested in CalendarFeedTests); without one it is 404 for everyone.
        GET  /calendar.ics                         Denied  Denied  Denied  Denied  Denied  Denied  Denied  Denied
        POST /culture                              Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        # Public intake (issue 14): anyone, no account. A group's page exists only while its intake is open (closed in the seed:
        # 404 for all); its tokenless POST stops at antiforgery (400). Rate limits are per address and site-wide.
        GET  /report                               Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        POST /report                               Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        GET  /report/follow-up                     Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        POST /report/follow-up                     Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        GET  /report/{groupId:guid}                Denied  Denied  Denied  Denied  Denied  Denied  Denied  Denied
        POST /report/{groupId:guid}                Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        GET  /error                                Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        POST /error                                Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        GET  /groups/new                           SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        POST /groups/new                           SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        # Donors never open a group page: they see aggregates on /summary only.
        GET  /groups/{groupId:guid}                SignIn  Denied  Allowed Allowed Allowed Denied  Denied  Allowed
        POST /groups/{groupId:guid}                SignIn  Denied  Allowed Allowed Allowed Denied  Denied  Allowed
        # Action items: donors never see them; observers read but do not add items or progress.
        GET  /groups/{groupId:guid}/actions        SignIn  Denied  Allowed Allowed Allowed Denied  Denied  Allowed
        POST /groups/{groupId:guid}/actions        SignIn  Denied  Allowed Allowed Allowed Denied  Denied  Allowed
        GET  /groups/{groupId:guid}/actions.csv    SignIn  Denied  Allowed Allowed Allowed Denied  Denied  Allowed
        GET  /groups/{groupId:guid}/actions/new    SignIn  Denied  Denied  Allowed Allowed Denied  Denied  Allowed
        POST /groups/{groupId:guid}/actions/new    SignIn  Denied  Denied  Allowed Allowed Denied  Denied  Allowed
        GET  /groups/{groupId:guid}/actions/{itemId:guid} SignIn  Denied  Allowed Allowed Allowed Denied  Denied  Allowed
        POST /groups/{groupId:guid}/actions/{itemId:guid} SignIn  Denied  Allowed Allowed Allowed Denied  Denied  Allowed
        GET  /groups/{groupId:guid}/actions/{itemId:guid}/edit SignIn  Denied  Denied  Allowed Allowed Denied  Denied  Allowed
        POST /groups/{groupId:guid}/actions/{itemId:guid}/edit SignIn  Denied  Denied  Allowed Allowed Denied  Denied  Allowed
        GET  /groups/{groupId:guid}/actions/{itemId:guid}/progress SignIn  Denied  Denied  Allowed Allowed Denied  Denied  Allowed
        POST /groups/{groupId:guid}/actions/{itemId:guid}/progress SignIn  Denied  Denied  Allowed Allowed Denied  Denied  Allowed
        GET  /groups/{groupId:guid}/edit           SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        POST /groups/{groupId:guid}/edit           SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        GET  /groups/{groupId:guid}/reminders      SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        POST /groups/{groupId:guid}/reminders      SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        # Live fragment: the same policy as the group page it refreshes (the hub only says "look again").
        GET  /groups/{groupId:guid}/fragments/activity SignIn  Denied  Allowed Allowed Allowed Denied  Denied  Allowed
        GET  /groups/{groupId:guid}/fragments/actions SignIn  Denied  Allowed Allowed Allowed Denied  Denied  Allowed
        GET  /groups/{groupId:guid}/fragments/actions/{itemId:guid} SignIn  Denied  Allowed Allowed Allowed Denied  Denied  Allowed
        GET  /groups/{groupId:guid}/fragments/meetings SignIn  Denied  Allowed Allowed Allowed Denied  Denied  Allowed
        GET  /groups/{groupId:guid}/meetings/{meetingId:guid}/ics SignIn  Denied  Allowed Allowed Allowed Denied  Denied  Allowed
        # The published record: observers read it without restricted parts (the query leaves them out); donors never.
        GET  /groups/{groupId:guid}/meetings/{meetingId:guid}/record SignIn  Denied  Allowed Allowed Allowed Denied  Denied  Allowed
        POST /groups/{groupId:guid}/meetings/{meetingId:guid}/record SignIn  Denied  Allowed Allowed Allowed Denied  Denied  Allowed
        GET  /groups/{groupId:guid}/meetings/{meetingId:guid}/record/correct SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        POST /groups/{groupId:guid}/meetings/{meetingId:guid}/record/correct SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        # Issue 11: lifting a restriction is a facilitator's confirmed act (GET is the confirmation page).
        GET  /groups/{groupId:guid}/meetings/{meetingId:guid}/record/lift SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        POST /groups/{groupId:guid}/meetings/{meetingId:guid}/record/lift SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        # Issue 15: publishing and cancelling are confirmed on their own pages (GET says what will happen and who is told).
        GET  /groups/{groupId:guid}/meetings/{meetingId:guid}/record/publish SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        POST /groups/{groupId:guid}/meetings/{meetingId:guid}/record/publish SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        GET  /groups/{groupId:guid}/meetings/{meetingId:guid}/cancel SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        POST /groups/{groupId:guid}/meetings/{meetingId:guid}/cancel SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        # Issue 15: invitations are previewed, then sent or planned, by facilitators only.
        GET  /groups/{groupId:guid}/meetings/{meetingId:guid}/invitations SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        POST /groups/{groupId:guid}/meetings/{meetingId:guid}/invitations SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        GET  /groups/{groupId:guid}/meetings/{meetingId:guid}/run SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        POST /groups/{groupId:guid}/meetings/{meetingId:guid}/run SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        # Meetings: observers see the calendar and meetings and answer; only facilitators schedule and edit.
        GET  /groups/{groupId:guid}/meetings       SignIn  Denied  Allowed Allowed Allowed Denied  Denied  Allowed
        POST /groups/{groupId:guid}/meetings       SignIn  Denied  Allowed Allowed Allowed Denied  Denied  Allowed
        GET  /groups/{groupId:guid}/meetings/new   SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        POST /groups/{groupId:guid}/meetings/new   SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        GET  /groups/{groupId:guid}/meetings/{meetingId:guid} SignIn  Denied  Allowed Allowed Allowed Denied  Denied  Allowed
        POST /groups/{groupId:guid}/meetings/{meetingId:guid} SignIn  Denied  Allowed Allowed Allowed Denied  Denied  Allowed
        GET  /groups/{groupId:guid}/meetings/{meetingId:guid}/edit SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        POST /groups/{groupId:guid}/meetings/{meetingId:guid}/edit SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        # Commitments: seated people read them (donors never: they get aggregates elsewhere); members and facilitators
        # make and edit them (the edit page also checks the pledging organisation); only facilitators verify.
        GET  /commitments                          SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        POST /commitments                          SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        GET  /groups/{groupId:guid}/commitments    SignIn  Denied  Allowed Allowed Allowed Denied  Denied  Allowed
        POST /groups/{groupId:guid}/commitments    SignIn  Denied  Allowed Allowed Allowed Denied  Denied  Allowed
        GET  /groups/{groupId:guid}/commitments/new SignIn  Denied  Denied  Allowed Allowed Denied  Denied  Allowed
        POST /groups/{groupId:guid}/commitments/new SignIn  Denied  Denied  Allowed Allowed Denied  Denied  Allowed
        GET  /groups/{groupId:guid}/commitments/{commitmentId:guid} SignIn  Denied  Allowed Allowed Allowed Denied  Denied  Allowed
        POST /groups/{groupId:guid}/commitments/{commitmentId:guid} SignIn  Denied  Allowed Allowed Allowed Denied  Denied  Allowed
        GET  /groups/{groupId:guid}/commitments/{commitmentId:guid}/edit SignIn  Denied  Denied  Allowed Allowed Denied  Denied  Allowed
        POST /groups/{groupId:guid}/commitments/{commitmentId:guid}/edit SignIn  Denied  Denied  Allowed Allowed Denied  Denied  Allowed
        GET  /groups/{groupId:guid}/commitments/{commitmentId:guid}/milestones/{milestoneId:guid} SignIn  Denied  Denied  Allowed Allowed Denied  Denied  Allowed
        POST /groups/{groupId:guid}/commitments/{commitmentId:guid}/milestones/{milestoneId:guid} SignIn  Denied  Denied  Allowed Allowed Denied  Denied  Allowed
        GET  /groups/{groupId:guid}/commitments/{commitmentId:guid}/verify SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        POST /groups/{groupId:guid}/commitments/{commitmentId:guid}/verify SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        # Incidents (issue 14): members and facilitators see the register (members only shared summaries); observers, donors
        # and administrators never (donors get counts elsewhere). One incident is cut by sight inside the page, 404 below
        # SharedSummary; here the id names no incident. POSTs from allowed personas stop at antiforgery (400).
        GET  /groups/{groupId:guid}/incidents      SignIn  Denied  Denied  Allowed Allowed Denied  Denied  Denied
        POST /groups/{groupId:guid}/incidents      SignIn  Denied  Denied  Allowed Allowed Denied  Denied  Denied
        GET  /groups/{groupId:guid}/incidents/new  SignIn  Denied  Denied  Allowed Allowed Denied  Denied  Denied
        POST /groups/{groupId:guid}/incidents/new  SignIn  Denied  Denied  Allowed Allowed Denied  Denied  Denied
        GET  /groups/{groupId:guid}/incidents/settings SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Denied
        POST /groups/{groupId:guid}/incidents/settings SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Denied
        GET  /groups/{groupId:guid}/incidents/{incidentId:guid} SignIn  Denied  Denied  Denied  Denied  Denied  Denied  Denied
        POST /groups/{groupId:guid}/incidents/{incidentId:guid} SignIn  Denied  Denied  Allowed Allowed Denied  Denied  Denied
        # An evidence file: the same 404 for a missing incident as for one the viewer may not open (IncidentEvidenceTests).
        GET  /groups/{groupId:guid}/incidents/{incidentId:guid}/evidence/{evidenceId:guid} SignIn  Denied  Denied  Denied  Denied  Denied  Denied  Denied
        GET  /groups/{groupId:guid}/members        SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        POST /groups/{groupId:guid}/members        SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        # Progress summary (issue 6): facilitators and donors with the group in their portfolio; members and observers read
        # the group itself. CSV and print carry the same cells as the page.
        GET  /groups/{groupId:guid}/summary        SignIn  Denied  Denied  Denied  Allowed Allowed Denied  Allowed
        POST /groups/{groupId:guid}/summary        SignIn  Denied  Denied  Denied  Allowed Allowed Denied  Allowed
        GET  /groups/{groupId:guid}/summary.csv    SignIn  Denied  Denied  Denied  Allowed Allowed Denied  Allowed
        GET  /groups/{groupId:guid}/summary/print  SignIn  Denied  Denied  Denied  Allowed Allowed Denied  Allowed
        POST /groups/{groupId:guid}/summary/print  SignIn  Denied  Denied  Denied  Allowed Allowed Denied  Allowed
        # Shown (400) in place of a post whose form cannot be read, such as one with a NUL character (FormGuard).
        GET  /form-refused                         Status400 Status400 Status400 Status400 Status400 Status400 Status400 Status400
        POST /form-refused                         Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        GET  /health                               Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        # The hub needs the cookie (anonymous 401); signed-in, a plain GET lacks a connection id (400) and negotiate is POST only
        # (405). Which groups a connection follows is decided per group in LiveSubscriptions (LiveHubTests, LiveTests).
        GET  /hub                                  Status401 Status400 Status400 Status400 Status400 Status400 Status400 Status400
        GET  /hub/negotiate                        Status401 Status405 Status405 Status405 Status405 Status405 Status405 Status405
        GET  /not-found                            Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        POST /not-found                            Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        # Anyone signed in reads their own notifications; the queries only ever touch the signed-in person's rows.
        GET  /notifications                        SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        POST /notifications                        SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        # The header link as a fragment for the live count: the caller's own count only.
        GET  /notifications/count                  SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        GET  /organisations                        SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        POST /organisations                        SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        GET  /organisations/new                    SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        POST /organisations/new                    SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        # Any signed-in person may open an organisation; its people section is shown only to those who share a group.
        GET  /organisations/{organisationId:guid}  SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        POST /organisations/{organisationId:guid}  SignIn  Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        # Issue 11: the facilitator persona facilitates group A, where the matrix's organisation is seated; a facilitator of
        # another group is refused (EditOrganisationTests).
        GET  /organisations/{organisationId:guid}/edit SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        POST /organisations/{organisationId:guid}/edit SignIn  Denied  Denied  Denied  Allowed Denied  Denied  Allowed
        GET  /portfolio                            SignIn  Denied  Denied  Denied  Denied  Allowed Allowed Denied
        POST /portfolio                            SignIn  Denied  Denied  Denied  Denied  Allowed Allowed Denied
        GET  /portfolio.csv                        SignIn  Denied  Denied  Denied  Denied  Allowed Allowed Denied
        GET  /portfolio/print                      SignIn  Denied  Denied  Denied  Denied  Allowed Allowed Denied
        POST /portfolio/print                      SignIn  Denied  Denied  Denied  Denied  Allowed Allowed Denied
        GET  /setup                                Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        POST /setup                                Allowed Allowed Allowed Allowed Allowed Allowed Allowed Allowed
        # The fallback: unknown paths are 404 for everyone, never a sign-in challenge.
        GET  /{*path}                              Denied  Denied  Denied  Denied  Denied  Denied  Denied  Denied
        """;
}
