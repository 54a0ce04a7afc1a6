using Kopdes.Shu.Web;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;

// The whole tool in the browser: no HttpClient, no server; the page reads the files the treasurer chooses and
// writes the results as downloads, all on this machine.
var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");
await builder.Build().RunAsync();
