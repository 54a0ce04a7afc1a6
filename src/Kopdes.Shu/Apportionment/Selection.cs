namespace Kopdes.Shu.Apportionment;

/// <summary>Introselect: partial ordering in linear time on average, n log n at worst.</summary>
internal static class Selection
{
    /// <summary>
    /// Rearranges <paramref name="items"/> so that its first <paramref name="count"/> elements are the
    /// <paramref name="count"/> smallest under <paramref name="comparer"/> (a strict total order), in no
    /// particular order among themselves.
    /// </summary>
    public static void PartitionSmallest<TComparer>(Span<int> items, int count, TComparer comparer)
        where TComparer : IComparer<int>
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, items.Length);
        if (count == 0 || count == items.Length)
        {
            return;
        }

        var target = count - 1;
        var low = 0;
        var high = items.Length - 1;
        var budget = 2 * (int.Log2(items.Length) + 1);
        while (high > low)
        {
            if (budget-- == 0)
            {
                items[low..(high + 1)].Sort(comparer);
                return;
            }

            var pivot = Partition(items, low, high, comparer);
            if (pivot == target)
            {
                return;
            }

            if (pivot > target)
            {
                high = pivot - 1;
            }
            else
            {
                low = pivot + 1;
            }
        }
    }

    private static int Partition<TComparer>(Span<int> items, int low, int high, TComparer comparer)
        where TComparer : IComparer<int>
    {
        var middle = low + ((high - low) / 2);

        // Median of three keeps sorted and reverse-sorted input linear.
        if (comparer.Compare(items[middle], items[low]) < 0)
        {
            (items[middle], items[low]) = (items[low], items[middle]);
        }

        if (comparer.Compare(items[high], items[low]) < 0)
        {
            (items[high], items[low]) = (items[low], items[high]);
        }

        if (comparer.Compare(items[high], items[middle]) < 0)
        {
            (items[high], items[middle]) = (items[middle], items[high]);
        }

        (items[middle], items[high]) = (items[high], items[middle]);
        var pivot = items[high];
        var store = low;
        for (var i = low; i < high; i++)
        {
            if (comparer.Compare(items[i], pivot) < 0)
            {
                (items[i], items[store]) = (items[store], items[i]);
                store++;
            }
        }

        (items[store], items[high]) = (items[high], items[store]);
        return store;
    }

    /// <summary>
    /// The value at position <paramref name="n"/> (0-based) if <paramref name="values"/> were sorted from
    /// largest to smallest. Reorders <paramref name="values"/>. Three-way partitioning keeps many equal
    /// values (equal weights give equal remainders) linear.
    /// </summary>
    public static T NthLargest<T>(Span<T> values, int n)
        where T : struct, IComparable<T>
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(n, values.Length);
        var low = 0;
        var high = values.Length - 1;
        var budget = 2 * (int.Log2(values.Length) + 1);
        while (low < high)
        {
            if (budget-- == 0)
            {
                values[low..(high + 1)].Sort(static (a, b) => b.CompareTo(a));
                return values[n];
            }

            var pivot = MedianOfThree(values[low], values[low + ((high - low) / 2)], values[high]);

            // [low, larger) > pivot, [larger, i) == pivot, (smaller, high] < pivot.
            var larger = low;
            var smaller = high;
            var i = low;
            while (i <= smaller)
            {
                var order = values[i].CompareTo(pivot);
                if (order > 0)
                {
                    (values[i], values[larger]) = (values[larger], values[i]);
                    larger++;
                    i++;
                }
                else if (order < 0)
                {
                    (values[i], values[smaller]) = (values[smaller], values[i]);
                    smaller--;
                }
                else
                {
                    i++;
                }
            }

            if (n < larger)
            {
                high = larger - 1;
            }
            else if (n > smaller)
            {
                low = smaller + 1;
            }
            else
            {
                return pivot;
            }
        }

        return values[low];
    }

    private static T MedianOfThree<T>(T a, T b, T c)
        where T : IComparable<T>
    {
        if (a.CompareTo(b) > 0)
        {
            (a, b) = (b, a);
        }

        if (b.CompareTo(c) > 0)
        {
            b = c;
        }

        return a.CompareTo(b) > 0 ? a : b;
    }
}
