// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Cli;

return CliApp.Run(args, Console.Out, Console.Error);
