global using System.Data.Common;
global using Dapper;
global using Platform.Tests;
