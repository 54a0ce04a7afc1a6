using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Kopdes.Shu.Ledger;

/// <summary>
/// Named amount columns stored one array a column, grown as rows are added: longs while every value of a column is
/// whole, decimals from the first that is not (see <see cref="AmountColumn"/>).
/// </summary>
internal sealed class AmountColumns
{
    private readonly List<string> _names = [];
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);

    // Per column exactly one of the two is set.
    private readonly List<long[]?> _whole = [];
    private readonly List<decimal[]?> _exact = [];
    private int _capacity;

    public IReadOnlyList<string> Names => _names;

    public int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _names.Count;
    }

    public int IndexOf(string name) => _byKey.TryGetValue(ColumnNames.Key(name), out var index) ? index : -1;

    public int GetOrAdd(string name)
    {
        var key = ColumnNames.Key(name);
        if (_byKey.TryGetValue(key, out var index))
        {
            return index;
        }

        _names.Add(ColumnNames.Canonical(name));
        _byKey.Add(key, _names.Count - 1);
        _whole.Add(new long[_capacity]);
        _exact.Add(null);
        return _names.Count - 1;
    }

    /// <summary>Sets one amount: into the column's longs while it is whole rupiah, else into its decimals.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Set(int column, int row, decimal value)
    {
        if (_whole[column] is { } whole && AmountColumn.TryWhole(value, out var units))
        {
            whole[row] = units;
        }
        else
        {
            Decimals(column)[row] = value;
        }
    }

    // Runs once a row: compiled fully optimised at its first call, so that a million rows do not run through the
    // first tier, or through precompiled code, until tiering catches up; Set inlined into it.
    /// <summary>Sets one row's amounts, one a column in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void SetRow(int row, ReadOnlySpan<decimal> amounts)
    {
        for (var c = 0; c < amounts.Length; c++)
        {
            Set(c, row, amounts[c]);
        }
    }

    /// <summary>Sets one row's amounts, whole rupiah, one a column in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void SetRow(int row, ReadOnlySpan<long> amounts)
    {
        var columns = CollectionsMarshal.AsSpan(_whole);
        for (var c = 0; c < amounts.Length; c++)
        {
            if (columns[c] is { } whole)
            {
                whole[row] = amounts[c];
            }
            else
            {
                Decimals(c)[row] = amounts[c];
            }
        }
    }

    /// <summary>Copies the first <paramref name="count"/> values of <paramref name="other"/>'s column to <paramref name="start"/> on.</summary>
    public void Copy(AmountColumns other, int column, int count, int start)
    {
        if (_whole[column] is { } whole && other._whole[column] is { } otherWhole)
        {
            otherWhole.AsSpan(0, count).CopyTo(whole.AsSpan(start));
            return;
        }

        var exact = Decimals(column);
        if (other._exact[column] is { } otherExact)
        {
            otherExact.AsSpan(0, count).CopyTo(exact.AsSpan(start));
            return;
        }

        var from = other._whole[column]!;
        for (var i = 0; i < count; i++)
        {
            exact[start + i] = from[i];
        }
    }

    public void EnsureCapacity(int rows)
    {
        if (rows <= _capacity)
        {
            return;
        }

        _capacity = Math.Max(rows, Math.Max(16, _capacity * 2));
        for (var c = 0; c < _names.Count; c++)
        {
            if (_whole[c] is { } whole)
            {
                Array.Resize(ref whole, _capacity);
                _whole[c] = whole;
            }
            else
            {
                var exact = _exact[c];
                Array.Resize(ref exact, _capacity);
                _exact[c] = exact;
            }
        }
    }

    public Dictionary<string, AmountColumn> Freeze(int rows)
    {
        var frozen = new Dictionary<string, AmountColumn>(_names.Count, StringComparer.Ordinal);
        for (var c = 0; c < _names.Count; c++)
        {
            AmountColumn column;
            if (_whole[c] is { } whole)
            {
                Array.Resize(ref whole, rows);
                column = AmountColumn.OfWhole(whole);
            }
            else
            {
                var exact = _exact[c];
                Array.Resize(ref exact, rows);
                column = AmountColumn.OfExact(exact!);
            }

            frozen.Add(ColumnNames.Key(_names[c]), column);
        }

        return frozen;
    }

    // The column as decimals, its whole values converted the first time one is not whole.
    private decimal[] Decimals(int column)
    {
        if (_exact[column] is { } exact)
        {
            return exact;
        }

        var whole = _whole[column]!;
        exact = new decimal[whole.Length];
        for (var i = 0; i < whole.Length; i++)
        {
            exact[i] = whole[i];
        }

        _exact[column] = exact;
        _whole[column] = null;
        return exact;
    }
}
