global using System.Data.Common;
global using Dapper;
global using Microsoft.Extensions.Time.Testing;
global using NodaTime;
global using Platform.Grains.Journal;
global using Platform.Grains.Storage;
global using Platform.Grains.Tests.Storage;
global using Platform.Tests;
