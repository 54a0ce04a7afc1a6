using Kopdes.Shu.Engine;
using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;
using Kopdes.Shu.Tests.Support;
using Kopdes.Shu.Validation;
using static Kopdes.Shu.Tests.Support.Build;

namespace Kopdes.Shu.Tests.Validation;

/// <summary>Each issue code the library raises, with the data that raises it.</summary>
public sealed class ValidationTests
{
    private static readonly MemberLedger OneMember = LedgerOf(Build.Member("A001", 10));

    private static IReadOnlyList<Issue> IssuesOf(ShuPolicy policy, MemberLedger? ledger = null, MonthlyBalances? balances = null) =>
        ShuCalculator.Validate(policy, ledger ?? OneMember, balances);

    private static Issue Single(IReadOnlyList<Issue> issues, string code) => Assert.Single(issues, i => i.Code == code);

    [Fact]
    public void Ledger_EmptyMemberId_IsAnError()
    {
        var ledger = LedgerOf(Build.Member("A001", 1), Build.Member(" ", 1));
        var issue = Single(ledger.Issues, IssueCodes.EmptyMemberId);
        Assert.Equal(1, issue.LedgerIndex);
        Assert.True(issue.IsError);
    }

    [Fact]
    public void Ledger_DuplicateMemberId_NamesTheMemberAndBothPositions()
    {
        var ledger = LedgerOf(Build.Member("A001", 1), Build.Member("A002", 1), Build.Member("A001", 2));
        var issue = Single(ledger.Issues, IssueCodes.DuplicateMemberId);
        Assert.Equal("A001", issue.MemberId);
        Assert.Equal(2, issue.LedgerIndex);
        Assert.Equal("Nomor anggota A001 muncul lebih dari sekali (pertama kali pada urutan ke-1).", issue.Message(Language.Indonesian));
        Assert.Equal("Member id A001 appears more than once (first at position 1).", issue.Message(Language.English));
    }

    [Fact]
    public void Ledger_NegativeAmount_NamesMemberAndColumn()
    {
        var ledger = LedgerOf(Build.Member("A001", ("simpanan_wajib", -5m)));
        var issue = Single(ledger.Issues, IssueCodes.NegativeAmount);
        Assert.Equal(("A001", "simpanan_wajib"), (issue.MemberId, issue.Column));
        Assert.Equal("simpanan_wajib is negative (-5); amounts must be 0 or more.", issue.Message(Language.English));
    }

    [Fact]
    public void Ledger_NegativeZero_IsNotNegative_ButTheSmallestNegativeIs()
    {
        var negativeZero = decimal.Parse("-0.00", System.Globalization.CultureInfo.InvariantCulture);
        var ledger = LedgerOf(Build.Member("A001", ("simpanan_wajib", negativeZero)), Build.Member("A002", ("simpanan_wajib", -0.0000000000000000000000000001m)));
        Assert.Equal(["A002"], ledger.Issues.Where(i => i.Code == IssueCodes.NegativeAmount).Select(i => i.MemberId));
    }

    [Fact]
    public void Ledger_ProblemsOfALargeLedger_AreAllReportedInRowOrder()
    {
        // 300,000 members are checked in parts side by side. Problems in several parts, and a member with three,
        // must all come back, row by row, a member's own in the order of the checks (id, dates, then columns).
        var builder = new MemberLedgerBuilder(["simpanan_wajib", "transaksi"]);
        var expected = new List<(int Row, string Code, string? Column)>();
        for (var i = 0; i < 300_000; i++)
        {
            var duplicate = i is 70_000 or 250_000;
            var negative = i % 50_000 == 123;
            var late = i is 200_000 or 250_000;
            builder.Add(
                duplicate ? "M000005" : $"M{i:D6}",
                null,
                MemberStatus.Anggota,
                late ? new DateOnly(2025, 6, 1) : null,
                late ? new DateOnly(2025, 1, 1) : null,
                [negative || i == 250_000 ? -1m : 1m, i == 250_000 ? -2m : 0m]);
            if (duplicate)
            {
                expected.Add((i, IssueCodes.DuplicateMemberId, null));
            }

            if (late)
            {
                expected.Add((i, IssueCodes.ExitBeforeJoin, null));
            }

            if (negative || i == 250_000)
            {
                expected.Add((i, IssueCodes.NegativeAmount, "simpanan_wajib"));
            }

            if (i == 250_000)
            {
                expected.Add((i, IssueCodes.NegativeAmount, "transaksi"));
            }
        }

        var issues = builder.Build().Issues;

        Assert.Equal(expected, issues.Select(i => (i.LedgerIndex!.Value, i.Code, i.Code == IssueCodes.NegativeAmount ? i.Column : null)));
    }

    [Fact]
    public void Ledger_ExitBeforeJoin_IsAnError()
    {
        var ledger = LedgerOf(new Member("A001") { Joined = new DateOnly(2025, 7, 21), Exited = new DateOnly(2025, 1, 2) });
        var issue = Single(ledger.Issues, IssueCodes.ExitBeforeJoin);
        Assert.Equal("Tanggal keluar 2025-01-02 lebih awal dari tanggal masuk 2025-07-21.", issue.Message(Language.Indonesian));
    }

    [Fact]
    public void Balances_UnknownMemberInvalidMonthAndDuplicateMonth_AreErrors()
    {
        var balances = new MonthlyBalancesBuilder(["w"])
            .Add("A001", 1, [1m])
            .Add("A001", 1, [2m])
            .Add("A001", 13, [1m])
            .Add("ZZZ", 2, [1m])
            .Build();
        var policy = Policy(100, Reserve(50), Pool("p", 50, "w") with { Savings = SavingsBasis.MonthlyAverage });

        var issues = IssuesOf(policy, balances: balances);

        Assert.Equal(3, Single(issues, IssueCodes.BalanceDuplicateMonth).LedgerIndex + 2);
        Assert.Equal(2, Single(issues, IssueCodes.BalanceInvalidMonth).LedgerIndex);
        Assert.Equal("ZZZ", Single(issues, IssueCodes.BalanceUnknownMember).MemberId);
    }

    [Fact]
    public void Policy_WithoutFunds_IsAnError() => Single(IssuesOf(new ShuPolicy { Shu = 1 }), IssueCodes.NoFunds);

    [Fact]
    public void Policy_PercentagesOf105_AreRejectedWithTheSum()
    {
        var issue = Single(IssuesOf(Policy(100, Reserve(35), Pool("p", 70, "w"))), IssueCodes.PercentSum);
        Assert.Equal("Persentase dana tingkat atas berjumlah 105%, bukan 100%.", issue.Message(Language.Indonesian));
        Assert.Equal("The top-level funds' percentages add up to 105%, not 100%.", issue.Message(Language.English));
    }

    [Fact]
    public void Policy_ChildPercentagesNotSummingTo100_NameTheParent()
    {
        var policy = Policy(100, Reserve(30), new FundPolicy("anggota", 70) { Funds = [Pool("a", 40, "w"), Pool("b", 59.5m, "w")] });
        var issue = Single(IssuesOf(policy), IssueCodes.PercentSum);
        Assert.Equal("The percentages of the funds under anggota add up to 99.5%, not 100%.", issue.Message(Language.English));
        Assert.Equal("funds[1].funds", issue.Column);
    }

    [Fact]
    public void Policy_NegativePercent_IsAnError() =>
        Single(IssuesOf(Policy(100, Reserve(110), Pool("p", -10, "w"))), IssueCodes.NegativePercent);

    [Fact]
    public void Policy_EmptyAndDuplicateFundCodes_AreErrors()
    {
        var issues = IssuesOf(Policy(100, Reserve(50), Fund("", 25), Fund("CADANGAN", 25)));
        Single(issues, IssueCodes.EmptyFundCode);
        Assert.Equal("funds[2]", Single(issues, IssueCodes.DuplicateFundCode).Column);
    }

    [Fact]
    public void Policy_FundWithBasisAndChildren_IsAnError() =>
        Single(
            IssuesOf(Policy(100, Reserve(50), new FundPolicy("x", 50) { Basis = ["w"], Funds = [Pool("y", 100, "w")] })),
            IssueCodes.PoolWithChildren);

    [Fact]
    public void Policy_MissingOrDoubleOrNestedReserve_IsAnError()
    {
        Single(IssuesOf(Policy(100, Fund("a", 50), Pool("p", 50, "w"))), IssueCodes.NoReserve);
        Assert.Equal(
            "Dana a, b semuanya ditandai sebagai dana cadangan; harus tepat satu.",
            Single(IssuesOf(Policy(100, Reserve(25, "a"), Reserve(25, "b"), Pool("p", 50, "w"))), IssueCodes.MultipleReserves).Message(Language.Indonesian));
        Single(IssuesOf(Policy(100, Pool("p", 100, "w") with { Reserve = true })), IssueCodes.ReserveNotPlain);
    }

    [Fact]
    public void Policy_PoolNamingAMissingColumn_IsAnError()
    {
        var issue = Single(IssuesOf(Policy(100, Reserve(50), Pool("jasa_modal", 50, "simpanan_khusus"))), IssueCodes.UnknownBasisColumn);
        Assert.Equal("Bagian jasa_modal dihitung dari kolom simpanan_khusus, yang tidak ada di daftar anggota.", issue.Message(Language.Indonesian));
    }

    [Fact]
    public void Policy_BasisColumns_MatchLooselyAndByEnglishAlias()
    {
        var ledger = LedgerOf(Build.Member("A001", ("Simpanan Wajib", 5m), ("transactions", 3m)));
        var policy = Policy(100, Reserve(50), Pool("m", 25, "SAVINGS-MANDATORY"), Pool("u", 25, "transaksi"));
        Assert.Empty(IssuesOf(policy, ledger));
    }

    [Fact]
    public void Policy_PerUnitPoolWithoutUnitsOrWithOtherBasis_IsAnError()
    {
        Single(IssuesOf(Policy(100, Reserve(50), Pool("p", 50, "w") with { PerUnit = true })), IssueCodes.PerUnitBasis);
        var ledger = LedgerOf(Build.Member("A001", ("transaksi", 1m)));
        Single(IssuesOf(Policy(100, Reserve(50), Pool("p", 50, "transaksi") with { PerUnit = true }), ledger), IssueCodes.PerUnitWithoutUnits);
    }

    [Fact]
    public void Policy_PerUnitPool_NeedsTheColumnOfEachProfitableUnit()
    {
        var ledger = LedgerOf(Build.Member("A001", ("transaksi:sembako", 1m)));
        var policy = Policy(100, Reserve(50), Pool("p", 50, "transaksi") with { PerUnit = true }) with
        {
            Shu = null,
            Units = [new BusinessUnit("sembako", 150), new BusinessUnit("apotek", 10), new BusinessUnit("klinik", -60)],
        };
        Assert.Equal("transaksi:apotek", Single(IssuesOf(policy, ledger), IssueCodes.UnknownBasisColumn).Column);
    }

    [Fact]
    public void Policy_MonthlyAverageWithoutBalances_IsAnError() =>
        Single(IssuesOf(Policy(100, Reserve(50), Pool("p", 50, "w") with { Savings = SavingsBasis.MonthlyAverage })), IssueCodes.MonthlyBalancesMissing);

    [Fact]
    public void Policy_ShuAndUnits_MustBeGivenAndAgree()
    {
        Single(IssuesOf(Policy(100, Reserve(50), Pool("p", 50, "w")) with { Shu = null }), IssueCodes.NoShu);
        var issue = Single(
            IssuesOf(Policy(100, Reserve(50), Pool("p", 50, "w")) with { Units = [new BusinessUnit("a", 60), new BusinessUnit("b", 30)] }),
            IssueCodes.UnitsDoNotSumToShu);
        Assert.Equal("SHU unit usaha berjumlah Rp90, tetapi SHU tercatat Rp100.", issue.Message(Language.Indonesian));
    }

    [Fact]
    public void Policy_EmptyAndDuplicateUnitCodes_AreErrors()
    {
        var issues = IssuesOf(Policy(100, Reserve(50), Pool("p", 50, "w")) with
        {
            Shu = null,
            Units = [new BusinessUnit("a", 60), new BusinessUnit("A", 30), new BusinessUnit("", 10)],
        });
        Single(issues, IssueCodes.DuplicateUnitCode);
        Single(issues, IssueCodes.EmptyUnitCode);
    }

    [Fact]
    public void Policy_RoundingCashTaxAndMinimumOptions_AreChecked()
    {
        var basic = Policy(100, Reserve(50), Pool("p", 50, "w"));
        Single(IssuesOf(basic with { RoundingUnit = 0 }), IssueCodes.InvalidRoundingUnit);
        Single(IssuesOf(basic with { RoundingUnit = 100, CashUnit = 250 }), IssueCodes.InvalidCashUnit);
        Single(IssuesOf(basic with { TaxRate = 101 }), IssueCodes.InvalidTaxRate);
        Single(IssuesOf(basic with { MinimumPayout = -1 }), IssueCodes.NegativeMinimumPayout);
        Single(IssuesOf(basic with { MinimumPayoutFund = "p" }), IssueCodes.InvalidMinimumPayoutFund);
        Single(IssuesOf(basic with { MinimumPayoutFund = "nowhere" }), IssueCodes.InvalidMinimumPayoutFund);
        Assert.Empty(IssuesOf(basic with { RoundingUnit = 100, CashUnit = 1000, TaxRate = 10, MinimumPayout = 5000, MinimumPayoutFund = "CADANGAN" }));
    }

    [Fact]
    public void Policy_KopdesWithoutVillageFund_IsAWarning()
    {
        var kopdes = Policy(100, Reserve(50), Pool("p", 50, "w")) with { Cooperative = "Kopdes Merah Putih Sukamaju" };
        var issue = Single(IssuesOf(kopdes), IssueCodes.NoVillageFund);
        Assert.False(issue.IsError);
        Assert.Empty(IssuesOf(kopdes with { Kopdes = false }));
    }

    [Fact]
    public void Policy_KopdesVillageFundBelow20Percent_IsAWarning()
    {
        var kopdes = Policy(100, Reserve(40), Fund("dana_desa", 15), Pool("p", 45, "w")) with { Kopdes = true };
        Assert.Equal("The village fund dana_desa is 15% of the SHU, below the 20% of Permendes PDT 10/2025.", Single(IssuesOf(kopdes), IssueCodes.VillageFundBelowMinimum).Message(Language.English));
        Assert.Empty(IssuesOf(kopdes with { Funds = [Reserve(35), Fund("desa", 20), Pool("p", 45, "w")] }));
    }

    [Fact]
    public void Policy_ShuBeyondTheArithmeticLimit_IsAnError() =>
        Single(IssuesOf(Policy(10_000_000_000_000_000_000m, Reserve(50), Pool("p", 50, "w"))), IssueCodes.Overflow);

    [Fact]
    public void Weights_BeyondTheArithmeticLimit_AreAnErrorNotACrash()
    {
        var ledger = LedgerOf(Build.Member("A", 79_000_000_000_000_000_000_000_000m), Build.Member("B", 0.0000000000000000000000000001m));
        var outcome = ShuCalculator.Calculate(Policy(1_000_000, Reserve(50), Pool("p", 50, "w")), ledger);
        Assert.False(outcome.Succeeded);
        Assert.Equal("p", Single(outcome.Errors, IssueCodes.Overflow).Column);
    }

    [Fact]
    public void Weights_SummingPast64Bits_AreApportionedExactly()
    {
        // Whole weights of 10^19, 10^19 and 2 x 10^19 add up past 2^64 (about 1.8 x 10^19): the apportionment leaves
        // its 64-bit path for the 128-bit one. Quotas of 1,000,001 units: 250,000.25, 250,000.25 and 500,000.5,
        // so the one leftover unit goes to C.
        var ledger = LedgerOf(Build.Member("A", 10_000_000_000_000_000_000m), Build.Member("B", 10_000_000_000_000_000_000m), Build.Member("C", 20_000_000_000_000_000_000m));
        var outcome = ShuCalculator.Calculate(Policy(2_000_002, Reserve(50), Pool("p", 50, "w")), ledger);
        Assert.True(outcome.Succeeded);
        Assert.Equal([250_000m, 250_000m, 500_001m], outcome.Result!.Members.Select(m => m.Amount("p")));
        Assert.Equal(40_000_000_000_000_000_000m, outcome.Result.Pools[0].TotalWeight);
    }

    [Fact]
    public void WholeWeights_KeptAsLongs_SummingPast64Bits_AreApportionedExactly()
    {
        // Each weight fits a long (6, 6 and 9 x 10^18), so the column is kept as longs, but they add up to 2.1 x 10^19,
        // past 2^64. Quotas of 2,100,001 units: 600,000.29, 600,000.29 and 900,000.43: the leftover unit goes to C.
        var ledger = LedgerOf(Build.Member("A", 6_000_000_000_000_000_000m), Build.Member("B", 6_000_000_000_000_000_000m), Build.Member("C", 9_000_000_000_000_000_000m));
        var outcome = ShuCalculator.Calculate(Policy(4_200_002, Reserve(50), Pool("p", 50, "w")), ledger);
        Assert.True(outcome.Succeeded);
        Assert.Equal([600_000m, 600_000m, 900_001m], outcome.Result!.Members.Select(m => m.Amount("p")));
        Assert.Equal(21_000_000_000_000_000_000m, outcome.Result.Pools[0].TotalWeight);
    }

    [Fact]
    public void BasisColumns_WhoseSumPassesALong_AreAddedAsDecimals()
    {
        // A's two columns fit a long each but add up to 1.2 x 10^19; B weighs 3 x 10^18. Quotas of 1,000,001 units:
        // 800,000.8 and 200,000.2, so A gets the leftover unit.
        var ledger = LedgerOf(
            Build.Member("A", ("w1", 6_000_000_000_000_000_000m), ("w2", 6_000_000_000_000_000_000m)),
            Build.Member("B", ("w1", 3_000_000_000_000_000_000m), ("w2", 0m)));
        var outcome = ShuCalculator.Calculate(Policy(2_000_002, Reserve(50), Pool("p", 50, "w1", "w2")), ledger);
        Assert.True(outcome.Succeeded);
        Assert.Equal([800_001m, 200_000m], outcome.Result!.Members.Select(m => m.Amount("p")));
        Assert.Equal([12_000_000_000_000_000_000m, 3_000_000_000_000_000_000m], outcome.Result.Members.Select(m => m.Weight("p")));
    }

    [Fact]
    public void Member_IneligibleWithTransactions_IsAWarning()
    {
        var ledger = LedgerOf(new Member("C001") { Status = MemberStatus.Calon, Amounts = new Dictionary<string, decimal> { ["transaksi:sembako"] = 5 } });
        var issue = Single(IssuesOf(Policy(100, Reserve(100)), ledger), IssueCodes.IneligibleWithTransactions);
        Assert.Equal(("C001", IssueSeverity.Warning), (issue.MemberId, issue.Severity));
    }

    [Fact]
    public void Members_IneligibleWithTransactions_AreOneWarningWithCountsAndIds()
    {
        var ledger = LedgerOf(
            new Member("C1") { Status = MemberStatus.Calon, Amounts = new Dictionary<string, decimal> { ["transaksi"] = 5 } },
            new Member("A1") { Amounts = new Dictionary<string, decimal> { ["transaksi"] = 5 } },
            new Member("K1") { Status = MemberStatus.Keluar, Amounts = new Dictionary<string, decimal> { ["transaksi"] = 1 } },
            new Member("C2") { Status = MemberStatus.Calon, Amounts = new Dictionary<string, decimal> { ["transaksi"] = 0 } },
            new Member("C3") { Status = MemberStatus.Calon, Amounts = new Dictionary<string, decimal> { ["transaksi"] = 2 } });

        var issue = Single(IssuesOf(Policy(100, Reserve(100)), ledger), IssueCodes.IneligibleWithTransactions);

        Assert.Equal("3 anggota bertransaksi tetapi statusnya tidak berhak atas SHU (calon 2, keluar 1): C1, K1, C3.", issue.Message(Language.Indonesian));
        Assert.Equal("3 members have transactions but a status not eligible for SHU (calon 2, keluar 1): C1, K1, C3.", issue.Message(Language.English));
        Assert.Equal(0, issue.LedgerIndex);
    }

    [Fact]
    public void Members_IneligibleWithTransactions_NameTheirStatusesInCodeOrder()
    {
        // luar_biasa comes before keluar among the statuses, after it among the codes: the message follows the codes.
        var ledger = LedgerOf(
            new Member("L1") { Status = MemberStatus.LuarBiasa, Amounts = new Dictionary<string, decimal> { ["transaksi"] = 5 } },
            new Member("K1") { Status = MemberStatus.Keluar, Amounts = new Dictionary<string, decimal> { ["transaksi"] = 1 } },
            new Member("L2") { Status = MemberStatus.LuarBiasa, Amounts = new Dictionary<string, decimal> { ["transaksi"] = 2 } });

        var issue = Single(IssuesOf(Policy(100, Reserve(100)), ledger), IssueCodes.IneligibleWithTransactions);

        Assert.Equal("3 members have transactions but a status not eligible for SHU (keluar 1, luar_biasa 2): L1, K1, L2.", issue.Message(Language.English));
    }

    [Fact]
    public void Members_IneligibleWithTransactions_InALargeLedger_AreCountedAcrossEveryPart()
    {
        // 300,000 members, checked in parts side by side: the traders who may not share are far apart (every
        // 7,919th, from the 100,000th on), so the first ten and the counts come from several parts.
        var builder = new MemberLedgerBuilder(["transaksi"]);
        var expected = new List<string>();
        for (var i = 0; i < 300_000; i++)
        {
            var ineligible = i >= 100_000 && i % 7_919 == 0;
            var status = !ineligible ? MemberStatus.Anggota : i % 2 == 0 ? MemberStatus.Calon : MemberStatus.Keluar;
            builder.Add($"M{i:D6}", null, status, null, null, [ineligible || i % 3 == 0 ? 10m : 0m]);
            if (ineligible)
            {
                expected.Add($"M{i:D6}");
            }
        }

        var issue = Single(IssuesOf(Policy(100, Reserve(100)), builder.Build()), IssueCodes.IneligibleWithTransactions);

        var calon = expected.Count(id => int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture) % 2 == 0);
        Assert.Equal(
            $"{expected.Count} members have transactions but a status not eligible for SHU (calon {calon}, keluar {expected.Count - calon}): {string.Join(", ", expected.Take(10))} and more.",
            issue.Message(Language.English));
        Assert.Equal(int.Parse(expected[0][1..], System.Globalization.CultureInfo.InvariantCulture), issue.LedgerIndex);
    }

    [Fact]
    public void AllProblems_AreReportedAtOnce()
    {
        var ledger = LedgerOf(Build.Member("A", 1), Build.Member("A", -1));
        var policy = Policy(100, Fund("x", 60), Pool("p", 45, "nope")) with { TaxRate = -1 };

        var outcome = ShuCalculator.Calculate(policy, ledger);

        Assert.False(outcome.Succeeded);
        Assert.Equal(
            [IssueCodes.DuplicateMemberId, IssueCodes.NegativeAmount, IssueCodes.PercentSum, IssueCodes.UnknownBasisColumn, IssueCodes.NoReserve, IssueCodes.InvalidTaxRate],
            outcome.Errors.Select(e => e.Code));
        var thrown = Assert.Throws<ShuInputException>(outcome.GetResultOrThrow);
        Assert.Equal(6, thrown.Errors.Count);
    }

    [Fact]
    public void IssueCodes_AreUniqueAndDotted()
    {
        var codes = typeof(IssueCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches(@"^[A-Z][a-z]+\.[A-Z][A-Za-z]+$", code));
    }

    [Fact]
    public void Issue_Describe_PutsLocationBeforeTheMessage()
    {
        var issue = IssueCatalog.NegativeAmount("A007", 6, "transaksi", -1).At(file: "anggota.csv", row: 8);
        Assert.Equal(
            "anggota.csv, baris 8, kolom transaksi, anggota A007: transaksi bernilai negatif (-1); jumlah harus 0 atau lebih. [Ledger.NegativeAmount]",
            issue.Describe(Language.Indonesian));
        Assert.Equal(
            "anggota.csv, row 8, column transaksi, member A007: transaksi is negative (-1); amounts must be 0 or more. [Ledger.NegativeAmount]",
            issue.Describe(Language.English));
    }

    [Fact]
    public void Issue_At_ReplacesThePartsGiven_AndKeepsTheOthers()
    {
        var read = new Issue("Reader.Total", IssueSeverity.Warning, "Jumlah berbeda.", "The totals differ.").At(file: "a.csv", row: 3, column: "transaksi");
        var moved = read.At(sheet: "Anggota", row: 9);

        Assert.Equal(("a.csv", "Anggota", 9, "transaksi", (string?)null), (moved.File, moved.Sheet, moved.Row, moved.Column, moved.MemberId));
        Assert.Equal((3, (string?)null), (read.Row, read.Sheet));
        Assert.Equal("a.csv, sheet Anggota, row 9, column transaksi: The totals differ. [Reader.Total]", moved.Describe(Language.English));
        Assert.Throws<ArgumentException>(() => new Issue(" ", IssueSeverity.Error, "x", "x"));
    }
}
