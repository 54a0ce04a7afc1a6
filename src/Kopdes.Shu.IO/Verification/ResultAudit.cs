using Kopdes.Shu.Analysis;
using Kopdes.Shu.Results;

namespace Kopdes.Shu.IO.Verification;

/// <summary>
/// The audit's findings about a result file, beside those about the inputs (<see cref="CooperativeAudit"/>): what
/// <c>periksa</c> of one cooperative, of a folder, and the web page's check all add when a result is given.
/// </summary>
internal static class ResultAudit
{
    /// <summary>A result file that disagrees with the recalculation, and a reserve below what the policy gives it.</summary>
    public static IEnumerable<AuditFlag> Flags(ShuResult computed, Verification verification, string path)
    {
        var file = Path.GetFileName(path);
        if (verification.Issues.Count > 0 || verification.Differences.Count > 0)
        {
            var count = verification.Issues.Count + verification.Differences.Count;
            yield return new AuditFlag(
                AuditCodes.ResultDoesNotReconcile,
                $"Berkas hasil {file} tidak cocok dengan perhitungan ulang: {count} selisih (lihat kopdes-shu verifikasi).",
                $"The result file {file} does not agree with the recalculation: {count} difference{(count == 1 ? string.Empty : "s")} (see kopdes-shu verify).",
                []);
        }

        var reserve = computed.Funds.First(f => f.IsReserve);
        var recorded = verification.Differences.FirstOrDefault(d => d.Kind == "dana" && d.Key == reserve.Code && d.Column == "jumlah");
        if (recorded is not null && (!decimal.TryParse(recorded.Recorded, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var amount) || amount < reserve.Amount))
        {
            yield return new AuditFlag(
                AuditCodes.ReserveBelowPolicy,
                $"Dana cadangan di {file} tercatat {recorded.Recorded}, di bawah {reserve.Amount} menurut kebijakan.",
                $"The reserve in {file} is recorded as {recorded.Recorded}, below the {reserve.Amount} the policy gives it.",
                []);
        }
    }
}
