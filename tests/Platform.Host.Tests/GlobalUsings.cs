// What most test files use: the HTTP status codes, the container, grains and storage, the domain namespaces, and the
// shared arrange helpers of this project (Access, Meetings, MeetingRecords, WorkingGroups).
global using System.Net;
global using AngleSharp.Dom;
global using Dapper;
global using Microsoft.AspNetCore.Identity;
global using Microsoft.Extensions.DependencyInjection;
global using NodaTime;
global using Orleans;
global using Platform.Grains.Meetings;
global using Platform.Grains.MeetingRecords;
global using Platform.Grains.Organisations;
global using Platform.Grains.People;
global using Platform.Grains.Storage;
global using Platform.Grains.WorkingGroups;
global using Platform.Host.Tests.Access;
global using Platform.Host.Tests.MeetingRecords;
global using Platform.Host.Tests.Meetings;
global using Platform.Host.Tests.WorkingGroups;
global using Platform.Tests;
