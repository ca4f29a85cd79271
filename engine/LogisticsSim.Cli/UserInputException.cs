// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Cli;

/// <summary>Bad input found by a command: printed as it is, exit code 2, nothing written.</summary>
public sealed class UserInputException(string message) : Exception(message);
