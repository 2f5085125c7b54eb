global using System.Data.Common;
global using Dapper;
