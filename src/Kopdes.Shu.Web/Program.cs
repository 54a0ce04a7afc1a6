using Kopdes.Shu.Web;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using Microsoft.Extensions.DependencyInjection;

// The whole tool in the browser: no HttpClient, no server. The page reads the files the treasurer chooses in a Web
// Worker and writes the results as downloads, all on this machine.
var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");
builder.Services.AddSingleton<Engine>();
await builder.Build().RunAsync();
