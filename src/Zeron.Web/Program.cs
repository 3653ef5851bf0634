using Zeron.Web;
using Zeron.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
if (!RequiredSettings.AreValid(builder.Configuration, Console.Error))
{
    return 1;
}

builder.AddZeronHost();
builder.Services.AddZeronModules(builder.Configuration);

var app = builder.Build();
app.UseZeronPipeline();
app.MapZeronEndpoints();
return await StartupErrors.RunAsync(app);

/// <summary>Visible to <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
