// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Cli;

/// <summary>The command's exit codes.</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>Something went wrong inside the engine: a bug to report.</summary>
    public const int InternalError = 1;

    /// <summary>The input (a file, an option) was wrong; the message says where.</summary>
    public const int InvalidInput = 2;
}
