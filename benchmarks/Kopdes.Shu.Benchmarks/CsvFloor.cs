using System.Diagnostics;
using CsvHelper;

namespace Kopdes.Shu.Benchmarks;

/// <summary>CsvHelper alone: read every field of a CSV as text and write it back out. The CLI's time floor.</summary>
public static class CsvFloor
{
    public static int Run(string input, string output)
    {
        var clock = Stopwatch.StartNew();
        using (var reader = CsvReader.FromFile(input, CsvReaderOptions.Default with { Separator = null }))
        using (var writer = CsvWriter.ToFile(output, CsvWriterOptions.Default with { NewLine = "\n" }))
        {
            reader.ReadHeader();
            writer.WriteHeader([.. reader.Headers]);
            var fields = new string[reader.Headers.Count];
            while (reader.Read())
            {
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = reader.GetString(i);
                }

                writer.WriteRecord(fields);
            }
        }

        Console.WriteLine($"csv-floor {clock.Elapsed.TotalSeconds:F2} s");
        return 0;
    }
}
