// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Strategies;

/// <summary>A strategy returned a decision the model cannot carry out (a busy vehicle, an overloaded route).</summary>
/// <param name="message">What was wrong, naming the strategy, the time and the decision.</param>
public sealed class StrategyException(string message) : Exception(message);
