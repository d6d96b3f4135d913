using Microsoft.Extensions.FileProviders;

namespace ToyRec.Server.Endpoints;

/// <summary>
/// The web page at <c>/</c>: plain HTML, CSS and JavaScript embedded in the assembly, so the page is there
/// whatever folder the server is started from, and nothing is fetched from the network at run time.
/// </summary>
public static class WebPageEndpoints
{
    public static IFileProvider Files { get; } =
        new EmbeddedFileProvider(typeof(WebPageEndpoints).Assembly, "ToyRec.Server.wwwroot");

    public static WebApplication MapWebPage(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseStaticFiles(new StaticFileOptions { FileProvider = Files });
        app.MapGet("/", () => TypedResults.Stream(Files.GetFileInfo("index.html").CreateReadStream(),
            "text/html; charset=utf-8")).ExcludeFromDescription();
        return app;
    }
}
