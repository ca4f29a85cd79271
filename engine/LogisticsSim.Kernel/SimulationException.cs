// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Kernel;

/// <summary>A failure inside the simulation: an unhandled event failure or a process that threw.</summary>
public sealed class SimulationException(string message, Exception? inner = null) : Exception(message, inner);
