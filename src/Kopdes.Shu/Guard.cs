using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Kopdes.Shu;

/// <summary>
/// The check of an index a caller passes, for accessors called once a member: one unsigned comparison, small
/// enough to be inlined into the caller's loop (the generic <see cref="ArgumentOutOfRangeException"/> helpers are
/// two comparisons and, from precompiled code, a call), the exception built only when it is thrown.
/// </summary>
internal static class Guard
{
    /// <summary>Throws unless 0 &lt;= <paramref name="index"/> &lt; <paramref name="count"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Index(int index, int count, [CallerArgumentExpression(nameof(index))] string? name = null)
    {
        if ((uint)index >= (uint)count)
        {
            OutOfRange(index, count, name);
        }
    }

    [DoesNotReturn]
    private static void OutOfRange(int index, int count, string? name) =>
        throw new ArgumentOutOfRangeException(name, index, $"Must be at least 0 and below {count}.");
}
