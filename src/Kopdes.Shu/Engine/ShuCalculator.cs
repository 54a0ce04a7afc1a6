using Kopdes.Shu.Ledger;
using Kopdes.Shu.Policies;
using Kopdes.Shu.Results;
using Kopdes.Shu.Validation;

namespace Kopdes.Shu.Engine;

/// <summary>
/// The entry point: turns a policy (the RAT decision) and a member ledger into a reconciled allocation.
/// Pure and thread-safe: no I/O, no clock, no culture, no shared state; call it from as many threads as you like.
/// </summary>
/// <example>
/// <code>
/// ShuOutcome outcome = ShuCalculator.Calculate(policy, ledger);
/// if (!outcome.Succeeded) { foreach (var e in outcome.Errors) Console.WriteLine(e.Describe(Language.Indonesian)); return; }
/// foreach (var m in outcome.Result!.Members) Console.WriteLine($"{m.Id} {m.Payout.Gross}");
/// </code>
/// </example>
public static class ShuCalculator
{
    /// <summary>
    /// Computes the allocation in the order of the SHU rules. Every problem in the inputs is collected:
    /// with errors there is no result, only <see cref="ShuOutcome.Errors"/>.
    /// </summary>
    /// <param name="policy">The RAT decision.</param>
    /// <param name="ledger">The members.</param>
    /// <param name="balances">Month-end balances, needed by monthly-average pools; otherwise null.</param>
    /// <param name="options">How the calculation may use the machine; null: every core.</param>
    /// <exception cref="ArgumentException">An option is out of its range.</exception>
    /// <exception cref="ReconciliationException">Never in a correct engine: the result would not reconcile.</exception>
    public static ShuOutcome Calculate(ShuPolicy policy, MemberLedger ledger, MonthlyBalances? balances = null, ShuCalculatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(ledger);
        return AllocationPipeline.Run(policy, ledger, balances, (options ?? ShuCalculatorOptions.Default).Parallelism());
    }

    /// <summary>Every problem in the inputs, errors and warnings, without computing an allocation.</summary>
    /// <param name="policy">The RAT decision.</param>
    /// <param name="ledger">The members.</param>
    /// <param name="balances">Month-end balances, needed by monthly-average pools; otherwise null.</param>
    /// <param name="options">How the checks may use the machine; null: every core.</param>
    /// <exception cref="ArgumentException">An option is out of its range.</exception>
    public static IReadOnlyList<Issue> Validate(ShuPolicy policy, MemberLedger ledger, MonthlyBalances? balances = null, ShuCalculatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(ledger);
        return AllocationPipeline.Validate(policy, ledger, balances, (options ?? ShuCalculatorOptions.Default).Parallelism(), out _);
    }
}
