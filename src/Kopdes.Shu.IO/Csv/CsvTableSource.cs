using CsvHelper;
using Kopdes.Shu.IO.Tables;

namespace Kopdes.Shu.IO.Csv;

/// <summary>
/// A CSV file as a <see cref="Table"/>, streamed through CsvHelper. The separator is detected (<c>, ; tab |</c>,
/// and a <c>sep=;</c> first line); a <c>;</c>-separated file is Indonesian unless the caller says otherwise,
/// because that is how Excel in Indonesia saves CSV.
/// </summary>
internal sealed class CsvTableSource : IDisposable
{
    private readonly CsvReader _reader;

    private CsvTableSource(string path, NumberCulture culture)
    {
        _reader = CsvReader.FromFile(path, CsvReaderOptions.Default with { Separator = null, TrackLineNumbers = true });
        _reader.ReadHeader();
        var detected = culture == NumberCulture.Auto
            ? _reader.Separator == ';' ? NumberCulture.Indonesian : NumberCulture.International
            : culture;
        Table = new Table(Path.GetFileName(path), null, [.. _reader.Headers], new CsvRows(_reader), detected);
    }

    public Table Table { get; }

    public static CsvTableSource Open(string path, NumberCulture culture) => new(path, culture);

    public void Dispose() => _reader.Dispose();
}
