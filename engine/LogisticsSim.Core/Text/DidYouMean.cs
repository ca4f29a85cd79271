// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Text;

/// <summary>Finds the known word closest to a misspelt one, by Levenshtein distance ignoring case.</summary>
public static class DidYouMean
{
    /// <summary>
    /// The closest candidate, or null when none is close: at most one edit per three characters
    /// (at least one), so that "nme" suggests "name" but "ab" does not suggest "xy".
    /// Ties go to the earlier candidate, so hints are deterministic.
    /// </summary>
    public static string? Suggest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        string lower = word.ToLowerInvariant();
        foreach (string candidate in candidates)
        {
            if (candidate == word) continue;
            int d = Distance(lower, candidate.ToLowerInvariant());
            int allowed = Math.Max(1, Math.Max(word.Length, candidate.Length) / 3);
            if (d <= allowed && d < bestDistance)
            {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /// <summary>" (did you mean 'x'?)" or "".</summary>
    public static string Hint(string word, IEnumerable<string> candidates) =>
        Suggest(word, candidates) is { } s ? $" (did you mean '{s}'?)" : "";

    /// <summary>Levenshtein distance with two rows of memory.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>"one of a, b, c"; past <paramref name="shown"/> words, the first ones then "..." and the count.</summary>
    public static string OneOf(IReadOnlyCollection<string> words, int shown = 8)
    {
        if (words.Count == 0) return "none (the list is empty)";
        string list = string.Join(", ", words.Take(shown));
        return "one of " + list + (words.Count > shown ? $", ... ({words.Count} in all)" : "");
    }
}
