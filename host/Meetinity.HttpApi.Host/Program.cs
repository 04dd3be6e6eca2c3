using Meetinity.AuditLogging;
using Meetinity.Core;
using Meetinity.HttpApi.Host;
using Meetinity.HttpApi.Host.Commands;
using Meetinity.Identity;
using Meetinity.Profile;
using Meetinity.Settings;

var builder = WebApplication.CreateBuilder(args);
builder.AddMeetinityHost();
builder.AddCoreModule();
builder.AddSettingsModule();
builder.AddAuditLoggingModule();
builder.AddIdentityModule();
builder.AddProfileModule();

var app = builder.Build();
app.UseMeetinityHost();
app.MapCoreModule();

return await app.RunMeetinityAsync(args);

/// <summary>The entry point, public for <c>WebApplicationFactory</c>.</summary>
public partial class Program;
