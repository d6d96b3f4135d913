using ToyRec.Server;

// Settings come from the command line like the CLI's: --data, --models, --db, --evaluation, --urls.
var app = ServerApp.Create(args);
app.Run();

/// <summary>The server's entry point, public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
