// SPDX-License-Identifier: Apache-2.0
using BenchmarkDotNet.Running;
using LogisticsSim.Benchmarks.Peer;

// `peer MODEL ...` prints one comparable RESULT line; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "peer") return PeerCommand.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(PeerCommand).Assembly).Run(args);
return 0;
