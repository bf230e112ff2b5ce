using System;
using System.Threading;

namespace MigrationAnalyzers.Infrastructure;

/// <summary>
/// A value computed once, on first use, by one thread at a time. Unlike <see cref="Lazy{T}"/> it does not
/// keep a cancellation: a caller whose token is cancelled gives up, and the next caller computes again.
/// </summary>
internal sealed class CancellableLazy<T>
    where T : class
{
    private readonly Func<CancellationToken, T> _factory;
    private readonly object _gate = new();
    private T? _value;

    public CancellableLazy(Func<CancellationToken, T> factory) => _factory = factory;

    public T GetValue(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _value) is { } value)
        {
            return value;
        }

        while (!Monitor.TryEnter(_gate, millisecondsTimeout: 50))
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        try
        {
            if (_value is null)
            {
                Volatile.Write(ref _value, _factory(cancellationToken));
            }

            return _value!;
        }
        finally
        {
            Monitor.Exit(_gate);
        }
    }
}
