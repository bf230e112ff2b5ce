using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

// The wrapped analyzer configures concurrency and generated code and registers its own actions; the wrapper only forwards.
#pragma warning disable RS1012, RS1025, RS1026

namespace MigrationAnalyzers.Benchmarks;

/// <summary>
/// Runs another analyzer and measures the CPU time of the threads running its callbacks. Wall-clock telemetry
/// charges our callbacks with whatever else the process does meanwhile: the driver binds the whole compilation
/// on the other cores (the compilation builds concurrently), and a garbage collection its allocations start
/// stops every thread. On a 2-core machine the same analysis read 10 ms in one run and 50 ms in the next. The
/// thread's own CPU time counts only what our code runs (the server GC collects on its own threads); what our
/// allocations cost is reported apart. Linux reads it with <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>; elsewhere
/// this falls back to wall-clock time less the GC pauses inside the callback.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
[SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1036", Justification = "Not shipped: a measuring instrument for the benchmark only.")]
public sealed class CpuTimedAnalyzer : DiagnosticAnalyzer
{
    private const int ClockThreadCpuTime = 3;

    private readonly DiagnosticAnalyzer _inner;
    private long _ticks;
    private long _allocated;

    public CpuTimedAnalyzer(DiagnosticAnalyzer inner) => _inner = inner;

    /// <summary>The CPU time spent in the wrapped analyzer's callbacks.</summary>
    public TimeSpan CpuTime => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

    /// <summary>The bytes allocated on the threads running the wrapped analyzer's callbacks, inside them: unlike time, the machine's load does not move it.</summary>
    public long AllocatedBytes => Interlocked.Read(ref _allocated);

    /// <summary>Whether <see cref="CpuTime"/> is the threads' CPU time; otherwise wall-clock time less GC pauses.</summary>
    public static bool MeasuresThreadCpuTime { get; } = OperatingSystem.IsLinux() && TryThreadCpuTime(out _);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _inner.SupportedDiagnostics;

    public override void Initialize(AnalysisContext context) => _inner.Initialize(new TimedAnalysisContext(context, this));

    private void Time(Action action)
    {
        var start = Now();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            action();
        }
        finally
        {
            Interlocked.Add(ref _allocated, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
            Interlocked.Add(ref _ticks, Math.Max(0, (Now() - start).Ticks));
        }
    }

    private static TimeSpan Now()
        => MeasuresThreadCpuTime && TryThreadCpuTime(out var cpu) ? cpu : Stopwatch.GetElapsedTime(0) - GC.GetTotalPauseDuration();

    private static bool TryThreadCpuTime(out TimeSpan time)
    {
        try
        {
            if (clock_gettime(ClockThreadCpuTime, out var value) == 0)
            {
                time = TimeSpan.FromTicks((value.Seconds * TimeSpan.TicksPerSecond) + (value.Nanoseconds / 100));
                return true;
            }
        }
        catch (DllNotFoundException)
        {
        }
        catch (EntryPointNotFoundException)
        {
        }

        time = default;
        return false;
    }

    [DllImport("libc", SetLastError = false)]
#pragma warning disable SA1300, IDE1006 // The C library's name.
    private static extern int clock_gettime(int clockId, out TimeSpec value);
#pragma warning restore SA1300, IDE1006

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private Action<T> Timed<T>(Action<T> action) => argument => Time(() => action(argument));

    /// <summary>Forwards what the measured analyzers register: ours, <see cref="FloorAnalyzer"/>, <see cref="NaiveDropAnalyzer"/> and EF Core's (operation and symbol actions).</summary>
    private sealed class TimedAnalysisContext(AnalysisContext context, CpuTimedAnalyzer timer) : AnalysisContext
    {
        public override void EnableConcurrentExecution() => context.EnableConcurrentExecution();

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => context.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
            => context.RegisterCompilationStartAction(start => timer.Time(() => action(new TimedCompilationStartContext(start, timer))));

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => context.RegisterCompilationAction(timer.Timed(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => context.RegisterSemanticModelAction(timer.Timed(action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
            => context.RegisterSymbolAction(timer.Timed(action), symbolKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
            => throw new NotSupportedException("Not used by the measured analyzers.");

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => context.RegisterCodeBlockAction(timer.Timed(action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => context.RegisterSyntaxTreeAction(timer.Timed(action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            => context.RegisterSyntaxNodeAction(timer.Timed(action), syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
            => context.RegisterOperationAction(timer.Timed(action), operationKinds);

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => context.RegisterOperationBlockAction(timer.Timed(action));

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action)
            => throw new NotSupportedException("Not used by the measured analyzers.");

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
            => throw new NotSupportedException("Not used by the measured analyzers.");
    }

    private sealed class TimedCompilationStartContext(CompilationStartAnalysisContext context, CpuTimedAnalyzer timer)
        : CompilationStartAnalysisContext(context.Compilation, context.Options, context.CancellationToken)
    {
        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => context.RegisterCompilationEndAction(timer.Timed(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => context.RegisterSemanticModelAction(timer.Timed(action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
            => context.RegisterSymbolAction(timer.Timed(action), symbolKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
            => throw new NotSupportedException("Not used by the measured analyzers.");

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => context.RegisterCodeBlockAction(timer.Timed(action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => context.RegisterSyntaxTreeAction(timer.Timed(action));

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => context.RegisterAdditionalFileAction(timer.Timed(action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            => context.RegisterSyntaxNodeAction(timer.Timed(action), syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
            => context.RegisterOperationAction(timer.Timed(action), operationKinds);

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => context.RegisterOperationBlockAction(timer.Timed(action));

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action)
            => throw new NotSupportedException("Not used by the measured analyzers.");

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
            => throw new NotSupportedException("Not used by the measured analyzers.");
    }
}
