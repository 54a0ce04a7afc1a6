namespace Kopdes.Shu.IO.Files;

/// <summary>Rows handed on one by one, the token looked at every so many: a write of a million rows stops within a moment of a Ctrl+C.</summary>
internal static class Cancellable
{
    private const int Every = 4096;

    public static IEnumerable<T> Checked<T>(this IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled)
        {
            foreach (var row in rows)
            {
                yield return row;
            }

            yield break;
        }

        var count = 0;
        foreach (var row in rows)
        {
            if (++count % Every == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            yield return row;
        }
    }
}
