namespace Portal.Functions.Access;

/// <summary>
/// Who may call an HTTP function. Every HTTP function declares exactly one rule; the pipeline finds it
/// (<see cref="FunctionAccess"/>), checks it before the function runs and leaves what it proved in the
/// request's features, read with <see cref="ProvenAccess.Proven{T}"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public abstract class AccessAttribute : Attribute;
