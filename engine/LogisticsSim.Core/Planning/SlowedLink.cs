// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;

namespace LogisticsSim.Core.Planning;

/// <summary>A link whose travel takes <paramref name="Factor"/> times as long (&gt;= 1) in a hazard scenario.</summary>
public sealed record SlowedLink(LinkId Link, double Factor);
