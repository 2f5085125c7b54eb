global using AngleSharp.Dom;
global using Platform.Grains.People;
global using Platform.Tests;
