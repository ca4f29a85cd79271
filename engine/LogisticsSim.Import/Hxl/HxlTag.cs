// SPDX-License-Identifier: Apache-2.0
using System.Text.RegularExpressions;

namespace LogisticsSim.Import.Hxl;

/// <summary>
/// An HXL hashtag with its attributes (<c>#adm2 +name +v_pcode</c>), compared without regard to case or
/// to the order of the attributes, as the HXL standard says.
/// </summary>
internal sealed partial record HxlTag(string Hashtag, IReadOnlySet<string> Attributes)
{
    /// <summary>The tag written in a cell, or null when the cell is not one.</summary>
    public static HxlTag? Parse(string text)
    {
        var match = Spec().Match(text.Trim());
        if (!match.Success) return null;
        var attributes = match.Groups["attribute"].Captures.Select(c => c.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return new HxlTag(match.Groups["hashtag"].Value.ToLowerInvariant(), attributes);
    }

    /// <summary>Whether a column tagged <paramref name="column"/> matches this pattern: same hashtag, and every attribute of the pattern (the column may have more).</summary>
    public bool Matches(HxlTag column) => column.Hashtag == Hashtag && Attributes.IsSubsetOf(column.Attributes);

    public override string ToString() => "#" + Hashtag + string.Concat(Attributes.Order(StringComparer.Ordinal).Select(a => "+" + a));

    [GeneratedRegex(@"^#(?<hashtag>[A-Za-z][A-Za-z0-9_]*)(\s*\+\s*(?<attribute>[A-Za-z][A-Za-z0-9_]*))*$")]
    private static partial Regex Spec();
}
