using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using ImgurPS.Emulator;
using ImgurPS.Emulator.Imgur;
using ImgurPS.Emulator.Routes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

EmulatorOptions options;
try
{
    options = EmulatorOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(EmulatorOptions.Usage);
    return 2;
}

if (options.ShowHelp)
{
    Console.WriteLine(EmulatorOptions.Usage);
    return 0;
}

// Rooted at the binary, not the working directory, so a stray appsettings.json there changes nothing.
WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });

// Standard output carries only the lines below, which tests parse; the framework's own messages
// go to standard error, and only from warnings up.
builder.Logging.ClearProviders()
    .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
    .SetMinimumLevel(LogLevel.Warning);
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
    kestrel.Listen(IPAddress.Loopback, options.Port);
});

// A base64 upload sent form-urlencoded is one large form value.
builder.Services.Configure<FormOptions>(form =>
{
    form.ValueLengthLimit = (int)Math.Min(int.MaxValue, options.MaxRequestBodyBytes);
    form.MultipartBodyLengthLimit = options.MaxRequestBodyBytes;
});

var emulator = new Emulator(options);
builder.Services.AddSingleton(emulator);

WebApplication app = builder.Build();
app.UseMiddleware<FrontMiddleware>();
app.UseRouting();

var api = new ApiPipeline(app, emulator);
UploadRoutes.Map(api);
ImageRoutes.Map(api);
AlbumRoutes.Map(api);
AccountRoutes.Map(api);
AccountListRoutes.Map(api);
AccountSocialRoutes.Map(api);
NotificationRoutes.Map(api);
CommentRoutes.Map(api);
GalleryPostRoutes.Map(api);
SubGalleryRoutes.Map(api);
SearchRoutes.Map(api);
TagRoutes.Map(api);
TopicRoutes.Map(api);
CustomGalleryRoutes.Map(api);
ConversationRoutes.Map(api);
FeedRoutes.Map(api);
GalleryRoutes.Map(api);
CreditsRoutes.Map(api);
OAuthRoutes.Map(api);
OAuthPageRoutes.Map(api);
ControlRoutes.Map(app, emulator);
MediaRoutes.Map(app, emulator);
api.MapFallback();

await app.StartAsync();

string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
Console.WriteLine($"Imgur emulator listening on {address}/");
Console.WriteLine($"Application: Client-ID {options.ClientId}, client secret {options.ClientSecret}");
Console.WriteLine($"User {options.Username}: refresh token {options.RefreshToken}, access token {options.AccessToken}");
Console.Out.Flush();

if (options.ExitOnStdinClose)
{
    _ = Task.Run(() => StopWhenStdinClosesAsync(app.Lifetime));
}

await app.WaitForShutdownAsync();
emulator.State.Media.Dispose();
return 0;

// A parent test process that dies closes our standard input; without this the emulator would outlive it.
static async Task StopWhenStdinClosesAsync(IHostApplicationLifetime lifetime)
{
    await using Stream stdin = Console.OpenStandardInput();
    await stdin.CopyToAsync(Stream.Null);
    lifetime.StopApplication();
}
