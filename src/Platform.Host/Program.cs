using Platform.Web.ActionItems;
using Platform.Web.Calendar;
using Platform.Web.Meetings;
using Platform.Web.Reports;
using Platform.Web.WorkingGroups;


var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformStorage();
builder.AddPlatformGrains();
builder.AddWeb();
builder.AddAccounts();
builder.AddWorkAccounts();
builder.AddPlatformAccess();
builder.AddCalendar();
builder.AddMeetingRecords();
builder.AddMeetings();
builder.AddIncidents();
builder.AddLive();
builder.AddActionItems();
builder.AddDelivery();
builder.AddPublicIntake();
builder.AddPlatformJobs();

var app = builder.Build().ProtectDataFolder();
if (await app.RunCommandLineVerbAsync(args))
{
    return;
}

await app.MigrateDatabaseAsync();
app.UsePlatformPipeline();
app.MapPlatformEndpoints();
app.MapWorkAccountEndpoints();
app.MapCalendarEndpoints();
app.MapLive();
app.MapActionItemEndpoints();
app.MapWorkingGroupEndpoints();
app.MapMeetingEndpoints();
app.MapIncidentEndpoints();
app.MapDeliveryEndpoints();
app.MapProgressEndpoints();
app.MapJobDashboard();
await app.RunAsync();

/// <summary>Entry point; public so host tests can start it with WebApplicationFactory.</summary>
public partial class Program;
