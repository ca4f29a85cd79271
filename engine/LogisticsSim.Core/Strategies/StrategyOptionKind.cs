// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Strategies;

/// <summary>What kind of value a strategy option takes, and so how its text is read and checked.</summary>
public enum StrategyOptionKind
{
    /// <summary>A number and a unit (<c>500ms</c>, <c>90s</c>, <c>2m</c>, <c>6h</c>, <c>3d</c>), read as a <see cref="TimeSpan"/>.</summary>
    Duration,

    /// <summary>A whole number, read as a <see cref="long"/>.</summary>
    WholeNumber,

    /// <summary>A finite number, read as a <see cref="double"/>.</summary>
    Number,

    /// <summary>One word of a fixed list, read as that word.</summary>
    Choice,

    /// <summary><c>true</c> or <c>false</c>, read as a <see cref="bool"/>.</summary>
    Bool,

    /// <summary>Any non-empty text, passed on as written (options a strategy from outside reads itself).</summary>
    Text,
}
