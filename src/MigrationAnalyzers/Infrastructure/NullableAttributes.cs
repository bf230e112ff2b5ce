// netstandard2.0 lacks the nullable-analysis attributes; the compiler honours these by name.
namespace System.Diagnostics.CodeAnalysis;

/// <summary>The out parameter is not null when the method returns <paramref name="returnValue"/>.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
internal sealed class NotNullWhenAttribute(bool returnValue) : Attribute
{
    public bool ReturnValue { get; } = returnValue;
}
