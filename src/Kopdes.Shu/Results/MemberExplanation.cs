using System.Text;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Money;

namespace Kopdes.Shu.Results;

/// <summary>
/// Why a member got what they got: for each pool the formula with the member's own numbers, then the
/// minimum payout, tax and cash steps. <see cref="ToText"/> words it for the member who asks.
/// </summary>
public sealed class MemberExplanation
{
    internal MemberExplanation()
    {
    }

    /// <summary>The member id.</summary>
    public string MemberId { get; internal init; } = string.Empty;

    /// <summary>The member's name, or null.</summary>
    public string? Name { get; internal init; }

    /// <summary>The member's status.</summary>
    public MemberStatus Status { get; internal init; }

    /// <summary>True when the status takes part in the pools.</summary>
    public bool Eligible { get; internal init; }

    /// <summary>One line per pool (per unit for a per-unit pool), in policy order.</summary>
    public IReadOnlyList<PoolExplanation> Pools { get; internal init; } = [];

    /// <summary>The minimum payout in force (0: none).</summary>
    internal decimal MinimumPayout { get; init; }

    /// <summary>The member's payout: allocated, forfeited, gross, tax, net, cash and the credit to voluntary savings.</summary>
    public Payout Payout { get; internal init; }

    /// <summary>The tax rate in percent.</summary>
    internal decimal TaxRate { get; init; }

    /// <summary>The cash unit.</summary>
    internal decimal CashUnit { get; init; }

    /// <summary>The explanation in words, one step a line.</summary>
    public string ToText(Language language)
    {
        var en = language == Language.English;
        string Rp(decimal value) => NumberText.Rupiah(value, language);
        string N(decimal value) => NumberText.Number(value, language);

        var text = new StringBuilder();
        var who = Name is null ? MemberId : $"{MemberId} ({Name})";
        text.AppendLine(en
            ? $"Member {who}, status {Status.ToCode()}: {(Eligible ? "eligible for SHU" : "not eligible for SHU, so weighs 0 in every pool")}."
            : $"Anggota {who}, status {Status.ToCode()}: {(Eligible ? "berhak atas SHU" : "tidak berhak atas SHU, sehingga berbobot 0 di setiap bagian")}.");

        foreach (var pool in Pools)
        {
            var name = pool.UnitCode is null ? pool.PoolName : $"{pool.PoolName} / {pool.UnitCode}";
            if (pool.Weight == 0 || pool.TotalWeight == 0)
            {
                text.AppendLine(en
                    ? $"- {name}: weight 0, so {Rp(0)}."
                    : $"- {name}: bobot 0, sehingga {Rp(0)}.");
                continue;
            }

            var fraction = pool.FractionIsExact ? N(pool.QuotaFraction) : N(pool.QuotaFraction) + "…";
            var quota = pool.QuotaFraction == 0 ? Rp(pool.QuotaFloor) : $"{Rp(pool.QuotaFloor)} + {fraction} {(en ? "unit" : "satuan")}";
            var rounding = pool.ExtraUnit
                ? (en ? "rounded down, plus 1 leftover unit for one of the largest fractions" : "dibulatkan ke bawah, ditambah 1 satuan sisa karena pecahannya termasuk yang terbesar")
                : pool.QuotaFraction == 0
                    ? (en ? "exact" : "tepat")
                    : (en ? "rounded down (the leftover units went to larger fractions)" : "dibulatkan ke bawah (satuan sisa jatuh ke pecahan yang lebih besar)");
            text.AppendLine(en
                ? $"- {name}: weight {N(pool.Weight)} / total weight {N(pool.TotalWeight)} x {Rp(pool.PoolAmount)} = {quota}; {rounding}: {Rp(pool.Amount)}."
                : $"- {name}: bobot {N(pool.Weight)} / total bobot {N(pool.TotalWeight)} x {Rp(pool.PoolAmount)} = {quota}; {rounding}: {Rp(pool.Amount)}.");
            if (pool.Months.Count > 0)
            {
                var months = string.Join(" + ", pool.Months.Select(m => $"{MonthName(m.Month, en)} {N(m.Balance)}"));
                text.AppendLine(en
                    ? $"  The weight is the month-end savings summed over the months: {months} = {N(pool.Weight)} (a month without a balance counts 0)."
                    : $"  Bobotnya jumlah saldo simpanan akhir bulan: {months} = {N(pool.Weight)} (bulan tanpa saldo dihitung 0).");
            }
        }

        text.AppendLine(en ? $"Total from all pools: {Rp(Payout.Allocated)}." : $"Jumlah dari semua bagian: {Rp(Payout.Allocated)}.");
        if (Payout.Forfeited > 0)
        {
            text.AppendLine(en
                ? $"Below the minimum payout of {Rp(MinimumPayout)}: {Rp(Payout.Forfeited)} is not paid and goes to the fund the policy names."
                : $"Di bawah pembayaran minimum {Rp(MinimumPayout)}: {Rp(Payout.Forfeited)} tidak dibayarkan dan dialihkan ke dana yang ditetapkan kebijakan.");
        }

        if (TaxRate != 0)
        {
            text.AppendLine(en
                ? $"Tax {N(TaxRate)}% of {Rp(Payout.Gross)}, rounded half-up to the rupiah: {Rp(Payout.Tax)}."
                : $"Pajak {N(TaxRate)}% dari {Rp(Payout.Gross)}, dibulatkan setengah ke atas ke rupiah: {Rp(Payout.Tax)}.");
        }

        text.AppendLine(en
            ? $"Net SHU {Rp(Payout.Net)}: {Rp(Payout.Cash)} in cash (in units of {Rp(CashUnit)}), {Rp(Payout.ToVoluntarySavings)} credited to voluntary savings."
            : $"SHU bersih {Rp(Payout.Net)}: {Rp(Payout.Cash)} tunai (kelipatan {Rp(CashUnit)}), {Rp(Payout.ToVoluntarySavings)} masuk simpanan sukarela.");
        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => ToText(Language.Indonesian);

    private static string MonthName(int month, bool english) => (english
        ? new[] { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" }
        : ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"])[month - 1];
}
