// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Response;

/// <summary>
/// The vehicles without work, by fleet position, all together and per mode and piece of the network (<see cref="Reach"/>):
/// an epoch looks at these for free vehicles rather than at the whole fleet, most of which is busy when requests pile up,
/// and at those of one place rather than at all of them. The pieces are sorted out again when the network changes; between
/// changes a vehicle without work only moves along open links of its mode, so it stays in its piece.
/// </summary>
internal sealed class IdleVehicles(IReadOnlyList<VehicleUnit> vehicles, Reach reach)
{
    private readonly SortedSet<int> _all = [];
    private SortedSet<int>?[][] _byPiece = []; // per mode, per piece (null: none there yet)
    private int _version = -1;

    /// <summary>All of them, in fleet order.</summary>
    public IReadOnlyCollection<int> All => _all;

    public void Add(VehicleUnit v)
    {
        if (!_all.Add(v.Position) || !Current()) return;
        Into(v, v.Location);
    }

    public void Remove(VehicleUnit v)
    {
        if (!_all.Remove(v.Position) || !Current()) return;
        int mode = reach.ModeIndex(v.Type.Mode);
        _byPiece[mode][reach.Piece(mode, v.Location)]!.Remove(v.Position);
    }

    /// <summary>A vehicle without work set off for another node (back to its base): kept in the piece of where it is now.</summary>
    public void Moved(VehicleUnit v, int from)
    {
        if (!_all.Contains(v.Position) || !Current()) return;
        int mode = reach.ModeIndex(v.Type.Mode);
        int was = reach.Piece(mode, from), now = reach.Piece(mode, v.Location);
        if (was == now) return;
        _byPiece[mode][was]!.Remove(v.Position);
        Into(v, v.Location);
    }

    private void Into(VehicleUnit v, int node)
    {
        int mode = reach.ModeIndex(v.Type.Mode), piece = reach.Piece(mode, node);
        (_byPiece[mode][piece] ??= []).Add(v.Position);
    }

    /// <summary>Those whose mode's piece holds the node, whatever the mode, in fleet order: every one that can get there is among them.</summary>
    public List<int> Near(int node)
    {
        Update();
        var near = new List<int>();
        for (int m = 0; m < _byPiece.Length; m++)
        {
            if (_byPiece[m][reach.Piece(m, node)] is { } here) near.AddRange(here);
        }
        if (_byPiece.Length > 1) near.Sort();
        return near;
    }

    /// <summary>Whether the pieces are those of the network now (if not, they are sorted out when next read).</summary>
    private bool Current() => _version == reach.Version;

    private void Update()
    {
        if (Current()) return;
        _version = reach.Version;
        _byPiece = [.. Enumerable.Range(0, reach.Modes.Count).Select(m => new SortedSet<int>?[reach.Pieces(m)])];
        foreach (int i in _all) Into(vehicles[i], vehicles[i].Location);
    }
}
