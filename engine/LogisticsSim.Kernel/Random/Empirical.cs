// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel.Random;

/// <summary>Draws one of the observed values, each equally likely (a bootstrap of field data).</summary>
public sealed record Empirical : Distribution
{
    private readonly double[] _values;

    public Empirical(IEnumerable<double> values)
    {
        _values = values.ToArray();
        if (_values.Length == 0) throw new ArgumentException("an empirical distribution needs at least one value", nameof(values));
    }

    public IReadOnlyList<double> Values => _values;
    public override double Sample(RandomStream rng) => _values[rng.NextInt(_values.Length)];
    public override double Mean => _values.Average();
    public override double Minimum => _values.Min();

    public bool Equals(Empirical? other) => other is not null && _values.AsSpan().SequenceEqual(other._values);
    public override int GetHashCode() => _values.Length;
}
