// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;

namespace LogisticsSim.Core.Response;

/// <summary>
/// Which nodes a vehicle of a mode might get to from where it is: per mode of the fleet, the pieces of the network that its
/// open links hold together (ignoring their direction). A vehicle can reach only nodes in its own piece, so an epoch need
/// look only at the free vehicles and open routes of the pieces that hold both; in a country whose regions are not joined by
/// road, a truck freed in one region never meets the routes of another. Worked out again when a hazard changes the network,
/// which is rare beside the epochs that read it.
/// </summary>
internal sealed class Reach
{
    private readonly NetworkState _network;
    private readonly TransportMode[] _modes;
    private readonly int[][] _piece;   // per mode, per node: its piece (replaced whenever the network changes)
    private int[] _pieces = [];        // per mode: how many
    private int[] _place = [];         // per node: the tuple of its pieces over the modes, numbered (nodes with equal tuples share the number)
    private int _places;
    private int _version = -1;

    public Reach(NetworkState network, IEnumerable<TransportMode> modes)
    {
        _network = network;
        _modes = modes.Distinct().Order().ToArray();
        _piece = _modes.Select(_ => new int[network.Nodes.Count]).ToArray();
    }

    /// <summary>The network's closure version the pieces are of: that of the network now (slowdowns and handling rates leave the pieces alone).</summary>
    public int Version
    {
        get
        {
            Update();
            return _version;
        }
    }

    /// <summary>The modes, each once: a mode's place here is its index for <see cref="Piece"/>.</summary>
    public IReadOnlyList<TransportMode> Modes => _modes;

    /// <summary>The index of a mode (one of <see cref="Modes"/>).</summary>
    public int ModeIndex(TransportMode mode) => Array.IndexOf(_modes, mode);

    /// <summary>Node's piece for a mode (by index): nodes in different pieces have no open path of that mode between them.</summary>
    public int Piece(int mode, int node)
    {
        Update();
        return _piece[mode][node];
    }

    /// <summary>How many pieces a mode has now (pieces are numbered from 0).</summary>
    public int Pieces(int mode)
    {
        Update();
        return _pieces[mode];
    }

    /// <summary>
    /// A number shared by the nodes that lie in the same piece for every mode, and so are within reach of the same vehicles:
    /// whatever may reach one may reach the other.
    /// </summary>
    public int Place(int node)
    {
        Update();
        return _place[node];
    }

    /// <summary>How many places there are now (numbered from 0).</summary>
    public int Places
    {
        get
        {
            Update();
            return _places;
        }
    }

    private void Update()
    {
        if (_version == _network.ClosureVersion) return;
        _version = _network.ClosureVersion;
        int n = _network.Nodes.Count;
        _pieces = new int[_modes.Length];
        var sets = new DisjointSets(n);
        for (int m = 0; m < _modes.Length; m++)
        {
            sets.Reset();
            for (int i = 0; i < n; i++)
            {
                foreach (int a in _network.ArcsFrom(i))
                {
                    var arc = _network.Arc(a);
                    if (arc.Closures == 0 && arc.Arc.Mode == _modes[m]) sets.Join(arc.From, arc.To);
                }
            }
            (_piece[m], _pieces[m]) = sets.Groups();
        }
        var places = new Dictionary<string, int>(StringComparer.Ordinal);
        _place = new int[n];
        for (int i = 0; i < n; i++)
        {
            string key = string.Join(',', _piece.Select(p => p[i]));
            if (!places.TryGetValue(key, out int place)) places[key] = place = places.Count;
            _place[i] = place;
        }
        _places = places.Count;
    }
}
