namespace Syndicate.Tests.Conformance;

/// <summary>One broken rule of a feed specification: a MUST (error) or a SHOULD (warning), where, and which rule.</summary>
public sealed record Finding(bool IsError, string Rule, string Where, string Message)
{
    public override string ToString() => $"{(IsError ? "error" : "warning")} [{Rule}] {Where}: {Message}";
}

/// <summary>Collects the findings of one document.</summary>
internal sealed class Findings
{
    private readonly List<Finding> _all = [];

    public IReadOnlyList<Finding> All => _all;

    /// <summary>Records an error (a MUST) unless <paramref name="holds"/>.</summary>
    public void Must(bool holds, string rule, string where, string message)
    {
        if (!holds)
        {
            _all.Add(new Finding(true, rule, where, message));
        }
    }

    /// <summary>Records a warning (a SHOULD, or what the W3C feed validator warns about) unless <paramref name="holds"/>.</summary>
    public void Should(bool holds, string rule, string where, string message)
    {
        if (!holds)
        {
            _all.Add(new Finding(false, rule, where, message));
        }
    }
}
