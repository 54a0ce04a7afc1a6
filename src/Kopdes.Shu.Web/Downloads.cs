using Microsoft.JSInterop;

namespace Kopdes.Shu.Web;

/// <summary>Hands a file made in the page to the browser's own download: nothing goes to a server.</summary>
public static class Downloads
{
    /// <summary>The media types of the files the page writes.</summary>
    public const string Workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>CSV.</summary>
    public const string Csv = "text/csv";

    /// <summary>The members' meeting report.</summary>
    public const string Html = "text/html";

    /// <summary>Writes the file into memory with <paramref name="write"/>, then offers it as <paramref name="name"/>.</summary>
    public static async Task SaveAsync(IJSRuntime js, string name, string type, Action<Stream> write)
    {
        var memory = new MemoryStream();
        write(memory);
        memory.Position = 0;
        using var content = new DotNetStreamReference(memory);
        await js.InvokeVoidAsync("kopdes.save", name, type, content);
    }
}
