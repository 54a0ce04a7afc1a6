using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Kopdes.Shu.Web;

/// <summary>The page's side of the worker (<see cref="Worker"/>): each question awaited, so the page keeps answering meanwhile.</summary>
public sealed class Engine(IJSRuntime js)
{
    /// <summary>Starts the worker's runtime, once: the first calculation need not wait for it.</summary>
    public ValueTask StartAsync() => js.InvokeVoidAsync("kopdes.start");

    /// <summary>Reads the files chosen in <paramref name="input"/>: the number of members, or -1 when there is no members file.</summary>
    public ValueTask<int> ReadAsync(ElementReference input) => js.InvokeAsync<int>("kopdes.read", input);

    /// <summary>Computes what was read, with <paramref name="today"/> as the date of calculation.</summary>
    public async Task<ComputeView> ComputeAsync(DateOnly today) =>
        JsonSerializer.Deserialize(await js.InvokeAsync<string>("kopdes.call", "compute", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ProtocolJson.Default.ComputeView)!;

    /// <summary>Rows of the members' table, searched and sorted.</summary>
    public async Task<RowsView> RowsAsync(string search, string sort, bool descending, int start, int count) =>
        JsonSerializer.Deserialize(await js.InvokeAsync<string>("kopdes.call", "rows", search, sort, descending, start, count), ProtocolJson.Default.RowsView)!;

    /// <summary>A member's explanation in the page's language.</summary>
    public ValueTask<string> ExplainAsync(string id, Ui ui) => js.InvokeAsync<string>("kopdes.call", "explain", id, ui.English ? "en" : "id");

    /// <summary>Makes one file of the result and offers it as a download.</summary>
    public ValueTask DownloadAsync(string kind, Ui ui, string name, string type) => js.InvokeVoidAsync("kopdes.download", kind, ui.English ? "en" : "id", name, type);

    /// <summary>Offers the template workbook as a download.</summary>
    public ValueTask TemplateAsync() => js.InvokeVoidAsync("kopdes.template");

    /// <summary>Verifies the result files against the inputs and runs the audit.</summary>
    public async Task<CheckView> CheckAsync(ElementReference inputs, ElementReference results) =>
        JsonSerializer.Deserialize(await js.InvokeAsync<string>("kopdes.check", inputs, results), ProtocolJson.Default.CheckView)!;
}
