using System.Runtime.CompilerServices;

namespace Kopdes.Shu.Ledger;

/// <summary>Named amount columns stored one array a column, grown as rows are added.</summary>
internal sealed class AmountColumns
{
    private readonly List<string> _names = [];
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly List<decimal[]> _values = [];
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
        _values.Add(new decimal[_capacity]);
        return _names.Count - 1;
    }

    public decimal[] Values(int column) => _values[column];

    public void EnsureCapacity(int rows)
    {
        if (rows <= _capacity)
        {
            return;
        }

        _capacity = Math.Max(rows, Math.Max(16, _capacity * 2));
        for (var c = 0; c < _values.Count; c++)
        {
            var grown = _values[c];
            Array.Resize(ref grown, _capacity);
            _values[c] = grown;
        }
    }

    public Dictionary<string, decimal[]> Freeze(int rows)
    {
        var frozen = new Dictionary<string, decimal[]>(_names.Count, StringComparer.Ordinal);
        for (var c = 0; c < _names.Count; c++)
        {
            var values = _values[c];
            if (values.Length != rows)
            {
                Array.Resize(ref values, rows);
            }

            frozen.Add(ColumnNames.Key(_names[c]), values);
        }

        return frozen;
    }
}
